import type { Page } from 'playwright-core';
import type { RecordEnvelope } from '../../shared/sync.ts';
import { seedRows } from '../../tests/e2e/support/idb-rows.ts';
import { readRecords } from './load-data.ts';

const TABLE: Partial<Record<RecordEnvelope['kind'], string>> = {
  business: 'businesses',
  consultation: 'consultations',
  tag: 'tags',
  tagGroup: 'tagGroups',
};

/** A pulled record as the extension keeps it: its fields and its local meta. */
const rowOf = (e: RecordEnvelope) => ({
  ...e.data,
  id: e.id,
  version: e.version,
  authorId: e.authorId,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  redacted: e.redacted,
});

/**
 * Puts the generated organisation (bench/data, from bench/gen/generate.ts) into the extension's
 * IndexedDB through `page` (an extension page), as if it had been synced: businesses, tags and
 * 50,000 consultations. Returns how many rows went into each table.
 */
export async function seedGenerated(page: Page, chunk = 2500): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const file of ['tags', 'businesses', 'consultations']) {
    const byTable = new Map<string, ReturnType<typeof rowOf>[]>();
    for (const e of readRecords(file)) {
      const table = TABLE[e.kind];
      if (!table) continue;
      if (!byTable.has(table)) byTable.set(table, []);
      byTable.get(table)!.push(rowOf(e));
    }
    for (const [table, rows] of byTable) {
      for (let i = 0; i < rows.length; i += chunk) await seedRows(page, table, rows.slice(i, i + chunk));
      counts[table] = rows.length;
    }
  }
  return counts;
}
