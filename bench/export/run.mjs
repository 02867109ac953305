/**
 * Export benchmark (issue 14): the full export of an organisation — GET /v1/export?scope=organisation
 * — over 50,000 consultations of 5,000 businesses with their actions, 補助金 applications,
 * 専門家派遣, 決算の数値 and founders (the reports benchmark's data, bench/reports/data.mjs), on the
 * local API (wrangler dev, a fresh local D1) seeded through the real push. Each sample reads the
 * whole streamed body and parses it, as the extension does; the limit is 10 s for the full export.
 * Beside it, in the same run and in alternation: the bare baseline worker (bench/baseline-worker)
 * holding the same records as JSON rows, read whole through its keyset pages of 1,000 (`GET /pull`),
 * each page parsed: what reading everything costs with no auth, no 機微 rule and no format.
 * Prints a markdown table and writes bench/results/export-<time>.json.
 *
 *   npm run bench:export
 *   BENCH_CONSULTATIONS=2000 BENCH_BUSINESSES=200 BENCH_SAMPLES=3 npm run bench:export   (a quick check)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { limitRow, machineInfo, writeHeadline, writeRawSamples } from '../headline.mjs';
import os from 'node:os';
import { join } from 'node:path';
import { startPair, stopAll } from '../api/servers.mjs';
import { json, seedOrganisation, stats } from '../reports/seed.mjs';

const env = (name, fallback) => Number(process.env[name] ?? fallback);
const consultations = env('BENCH_CONSULTATIONS', 50_000);
const plan = {
  consultations,
  // One business per ten consultations, as in the reports benchmark, unless told otherwise.
  businesses: env('BENCH_BUSINESSES', Math.max(1, Math.round(consultations / 10))),
  actionEvery: 3,
  applications: env('BENCH_APPLICATIONS', Math.round(consultations / 25)),
  dispatches: env('BENCH_DISPATCHES', Math.round(consultations / 50)),
  samples: env('BENCH_SAMPLES', 5),
  warmup: 1,
  batch: 100,
};
const port = env('BENCH_PORT', 8790);
const basePort = env('BENCH_PORT_BASELINE', 8791);
const LIMIT_MS = 10_000;

/** The organisation through the real push, and the same records as the bare worker's rows. */
async function seed(baseUrl, token) {
  const { kinds, counts, seconds } = await seedOrganisation(baseUrl, token, plan);
  const rows = Object.entries(kinds).flatMap(([kind, list]) => list.map((r) => ({ id: r.recordId, data: { kind, ...r.fields } })));
  return { rows, counts, seconds };
}

/** One full export: until the last byte is read, then until it is parsed (what the extension does next). */
async function exportOnce(baseUrl, token) {
  const t0 = performance.now();
  const res = await fetch(`${baseUrl}/v1/export?scope=organisation&sensitive=1`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  const received = performance.now() - t0;
  if (!res.ok) throw new Error(`GET /v1/export: HTTP ${res.status} ${text.slice(0, 400)}`);
  const doc = JSON.parse(text);
  return { receivedMs: received, parsedMs: performance.now() - t0, bytes: text.length, doc };
}

/** The same records into the bare baseline worker, 1,000 rows a batch. */
async function seedBaseline(baseUrl, rows) {
  for (let i = 0; i < rows.length; i += 1000) {
    await json(
      await fetch(`${baseUrl}/push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rows: rows.slice(i, i + 1000) }),
      }),
      'baseline push',
    );
  }
}

/** Everything in the baseline worker, page after page, each page parsed. */
async function baselineOnce(baseUrl) {
  const t0 = performance.now();
  let cursor = 0;
  let count = 0;
  for (;;) {
    const page = await json(await fetch(`${baseUrl}/pull?cursor=${cursor}&limit=1000`), 'baseline pull');
    count += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) return { ms: performance.now() - t0, count };
  }
}

async function main() {
  const tmp = mkdtempSync(join(os.tmpdir(), 'bench-export-'));
  const machine = machineInfo();
  try {
    const { baseline, real: api, token } = await startPair(tmp, { real: port, baseline: basePort });
    console.log(`seeding ${plan.businesses} businesses and ${plan.consultations} consultations …`);
    const seeded = await seed(api.baseUrl, token);
    console.log(`seeded ${JSON.stringify(seeded.counts)} in ${seeded.seconds.toFixed(1)} s through the real push`);
    await seedBaseline(baseline.baseUrl, seeded.rows);

    const received = [];
    const parsed = [];
    const bare = [];
    let last;
    for (let i = 0; i < plan.warmup + plan.samples; i++) {
      // Alternating: the bare read, then the export, so a noisy moment hits both alike.
      const b = await baselineOnce(baseline.baseUrl);
      if (b.count !== seeded.rows.length) throw new Error(`the baseline read ${b.count} rows, ${seeded.rows.length} were seeded`);
      if (i >= plan.warmup) bare.push(b.ms);
      last = await exportOnce(api.baseUrl, token);
      if (i >= plan.warmup) {
        received.push(last.receivedMs);
        parsed.push(last.parsedMs);
      }
    }
    // Not a benchmark of a short file: every seeded record (and the default tags) came back.
    const byKind = {};
    for (const r of last.doc.records) byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
    for (const [kind, n] of Object.entries(seeded.counts)) {
      if (byKind[kind] !== n) throw new Error(`the export holds ${byKind[kind] ?? 0} ${kind} records, ${n} were seeded`);
    }
    const r = stats(received);
    const p = stats(parsed);
    const base = stats(bare);
    const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`\nfull export: ${last.doc.records.length.toLocaleString()} records, ${(last.bytes / 1e6).toFixed(1)} MB of JSON\n`);
    console.log(`| ${plan.samples} samples | p50 | p95 | max | p50 ÷ baseline p50 | ≤ ${LIMIT_MS / 1000} s |`);
    console.log('|---|---|---|---|---|---|');
    console.log(
      `| baseline: the same records read bare, pages of 1,000 parsed | ${fmt(base.p50)} | ${fmt(base.p95)} | ${fmt(base.max)} | | |`,
    );
    console.log(
      `| export: last byte received | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${(r.p50 / base.p50).toFixed(2)}× | ${r.max <= LIMIT_MS ? 'met' : 'NOT met'} |`,
    );
    console.log(
      `| export: received and parsed | ${fmt(p.p50)} | ${fmt(p.p95)} | ${fmt(p.max)} | ${(p.p50 / base.p50).toFixed(2)}× | ${p.max <= LIMIT_MS ? 'met' : 'NOT met'} |`,
    );
    writeHeadline(
      'export',
      [
        limitRow(
          `whole organisation exported, received and parsed (slowest of ${plan.samples})`,
          p.max / 1000,
          's',
          LIMIT_MS / 1000,
          base.max / 1000,
        ),
      ],
      `${last.doc.records.length.toLocaleString('en-US')} records`,
    );
    writeRawSamples('export', machine, {
      plan,
      machine,
      seeded: { counts: seeded.counts, seconds: seeded.seconds },
      records: last.doc.records.length,
      bytes: last.bytes,
      samples: { baseline: bare, received, parsed },
    });
    await api.stop();
    await baseline.stop();
    if (p.max > LIMIT_MS) process.exitCode = 1;
  } finally {
    stopAll();
    if (process.env.BENCH_KEEP === '1') console.log(`kept: ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  stopAll();
  process.exit(1);
});
