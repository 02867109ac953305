/**
 * Benchmark data for issue 5: realistic Japanese consultations (default 50,000 across 2,000
 * businesses over three fiscal years), the same bytes for the same seed. Written as JSON lines
 * of sync envelopes (shared/sync.ts recordEnvelope), the shape a pull delivers, to bench/data/.
 *   npx node bench/gen/generate.ts [--seed 20260401] [--businesses 2000] [--consultations 50000] [--out bench/data]
 * The first business has exactly 200 consultations (the karte page benchmark).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { businessRecords } from './businesses.ts';
import { consultationRecords } from './consultations.ts';
import { prng, seededUuidv7 } from './random.ts';
import { taxonomyRecords } from './taxonomy.ts';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '20260401' },
    businesses: { type: 'string', default: '2000' },
    consultations: { type: 'string', default: '50000' },
    out: { type: 'string', default: path.resolve(import.meta.dirname, '../data') },
  },
});
const seed = Number(values.seed);
const businessCount = Number(values.businesses);
const consultationCount = Number(values.consultations);
if (!Number.isInteger(seed) || businessCount < 1 || consultationCount < 200) {
  throw new Error('--seed must be an integer, --businesses ≥ 1, --consultations ≥ 200');
}

const rand = prng(seed);
/** Advisors of the organisation (ids only: names live on the server). */
const advisors = Array.from({ length: 12 }, (_, i) => seededUuidv7(rand, Date.UTC(2023, 0, 1) + i));
const businesses = businessRecords(rand, businessCount, advisors);
const { consultations, actions } = consultationRecords(rand, businesses, consultationCount);

const lines = (records: readonly unknown[]) => `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
await mkdir(values.out, { recursive: true });
await writeFile(path.join(values.out, 'tags.jsonl'), lines(taxonomyRecords()));
await writeFile(path.join(values.out, 'businesses.jsonl'), lines(businesses.map((b) => b.envelope)));
await writeFile(path.join(values.out, 'consultations.jsonl'), lines(consultations));
await writeFile(path.join(values.out, 'actions.jsonl'), lines(actions));
const meta = {
  seed,
  businesses: businesses.length,
  consultations: consultations.length,
  actions: actions.length,
  advisors,
  karteBusinessId: businesses[0]!.envelope.id,
};
await writeFile(path.join(values.out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`wrote ${businesses.length} businesses, ${consultations.length} consultations, ${actions.length} actions to ${values.out}`);
