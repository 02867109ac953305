/**
 * Where the generated benchmark data lives, generated on first use so every bench runs from a
 * fresh clone in one command. `BENCH_DATA_SIZE=200000` selects (and makes) the 200,000-consultation
 * set (8,000 businesses) beside the default 50,000 (2,000 businesses).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SIZES: Record<string, { consultations: number; businesses: number }> = {
  '50000': { consultations: 50_000, businesses: 2_000 },
  '200000': { consultations: 200_000, businesses: 8_000 },
};
const size = process.env.BENCH_DATA_SIZE ?? '50000';
const chosen = SIZES[size];
if (!chosen) throw new Error(`BENCH_DATA_SIZE is one of ${Object.keys(SIZES).join(', ')}`);

export const DATA_DIR = path.resolve(import.meta.dirname, size === '50000' ? '../data' : `../data-${size}`);

/** Generates the data unless it is there at the chosen size (bench/gen/generate.ts; the same bytes for the same seed). */
export function ensureBenchData(): void {
  const metaFile = path.join(DATA_DIR, 'meta.json');
  if (
    existsSync(metaFile) &&
    (JSON.parse(readFileSync(metaFile, 'utf8')) as { consultations: number }).consultations === chosen!.consultations
  )
    return;
  console.log(`generating ${chosen!.consultations} consultations into ${path.relative(process.cwd(), DATA_DIR)} …`);
  execFileSync(
    process.execPath,
    [
      path.join(import.meta.dirname, 'generate.ts'),
      '--consultations',
      String(chosen!.consultations),
      '--businesses',
      String(chosen!.businesses),
      '--out',
      DATA_DIR,
    ],
    { stdio: 'inherit' },
  );
}
