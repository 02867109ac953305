import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { RecordEnvelope } from '../../shared/sync.ts';
import { putRows, type Row } from '../../tests/e2e/support/idb-rows.ts';

import { DATA_DIR, ensureBenchData } from '../gen/data-dir.ts';

ensureBenchData();
export { DATA_DIR };
const CHUNK = 2_000;

/** A pulled record as the extension stores it: its fields and the local meta (extension/db/schema.ts). */
export const toRow = (e: RecordEnvelope): Row => ({
  ...e.data,
  id: e.id,
  version: e.version,
  authorId: e.authorId,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  redacted: e.redacted,
});

function read(name: string): RecordEnvelope[] {
  const file = path.join(DATA_DIR, `${name}.jsonl`);
  return readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RecordEnvelope);
}

export interface BenchData {
  karteBusinessId: string;
  businesses: Row[];
  consultations: Row[];
  actions: Row[];
  /** Consultations of the karte business (the page renders all of them). */
  karteConsultations: number;
}

/** bench/gen output; `scope: 'karte'` keeps only the karte business's records (a quicker run). */
export function loadBenchData(scope: 'all' | 'karte'): BenchData {
  const meta = JSON.parse(readFileSync(path.join(DATA_DIR, 'meta.json'), 'utf8')) as { karteBusinessId: string };
  const id = meta.karteBusinessId;
  const keep = (rows: Row[]) => (scope === 'all' ? rows : rows.filter((r) => r.id === id || r.businessId === id));
  const consultations = keep(read('consultations').map(toRow));
  const businesses = keep(read('businesses').map(toRow));
  if (!businesses.some((b) => b.id === id && Array.isArray(b.statusChanges))) {
    throw new Error('bench/data predates the current record schema: regenerate it (npx node bench/gen/generate.ts)');
  }
  return {
    karteBusinessId: id,
    businesses,
    consultations,
    actions: keep(read('actions').map(toRow)),
    karteConsultations: consultations.filter((c) => c.businessId === id).length,
  };
}

/** Puts the data into one extension database through one of its pages, a chunk per transaction. */
export async function seed(
  page: Page,
  dbName: string,
  data: BenchData,
  tables: { businesses: string; consultations: string; actions?: string },
): Promise<void> {
  const chunks = <T>(rows: T[]) => Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));
  for (const rows of chunks(data.businesses)) await putRows(page, { [tables.businesses]: rows }, dbName);
  for (const rows of chunks(data.consultations)) await putRows(page, { [tables.consultations]: rows }, dbName);
  if (tables.actions) for (const rows of chunks(data.actions)) await putRows(page, { [tables.actions]: rows }, dbName);
}

/**
 * Collects the garbage the seed left behind in the renderer of the page at `url`. All the pages of
 * one extension share a process and a V8 heap, and seeding the whole store through a page leaves
 * ~365 MB there that the timed pages would otherwise load on top of. A browser whose store filled
 * through sync has none of it in its pages (sync runs in the background's own worker), so both
 * extensions start clean.
 */
export async function collectSeedGarbage(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(url);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.detach();
  await page.close();
}
