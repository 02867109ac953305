import type { Table } from 'dexie';
import type { Mutation, RecordKind } from '../../shared';
import { rebasedBaseVersions } from '../sync/base-versions';
import { composeView } from '../sync/rebase';
import { TABLE_OF, type KarteDb, type LocalMeta, type OutboxEntry } from './schema';

/** The protocol part of an outbox entry (what a push sends). */
export function toMutation(e: OutboxEntry): Mutation {
  return { id: e.id, kind: e.kind, recordId: e.recordId, baseVersion: e.baseVersion, fields: e.fields } as Mutation;
}

/** Pending entries in id order (the `state` index keeps equal keys in primary-key order). */
export function pendingEntries(db: KarteDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('pending').toArray();
}

/** Every table a sync transaction may touch: the record table of each kind (so a new kind is covered), outbox, meta, server copies. */
export const SYNC_TABLES = (db: KarteDb) => [
  ...Object.values(TABLE_OF).map((name) => db.table(name)), db.outbox, db.meta, db.serverCopies,
];

const keyOf = (kind: RecordKind, id: string) => `${kind}\u0000${id}`;

function groupByRecord<T extends Mutation>(entries: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const e of entries) {
    const key = keyOf(e.kind, e.recordId);
    const list = map.get(key);
    if (list) list.push(e);
    else map.set(key, [e]);
  }
  return map;
}

export interface Settle {
  /** Records whose rows are rewritten. */
  targets: ReadonlyArray<{ kind: RecordKind; id: string }>;
  /** Entries that just left the pending set (acknowledged or rejected), in id order. */
  left: readonly Mutation[];
  /** Entries still pending, in id order. */
  pending: readonly OutboxEntry[];
  now: string;
}

/**
 * Inside a rw transaction over SYNC_TABLES: rewrites each target row as its server copy
 * with the still-pending fields on top (sync/rebase.ts), and moves the baseVersion of
 * pending entries that followed a departed one (sync/base-versions.ts, rule 2).
 */
export async function settleRecords(db: KarteDb, s: Settle): Promise<void> {
  if (s.targets.length === 0) return;
  const leftBy = groupByRecord(s.left);
  const pendingBy = groupByRecord(s.pending);
  const copies = await db.serverCopies.bulkGet(s.targets.map((t) => t.id));
  const rebased: OutboxEntry[] = [];
  const byKind = new Map<RecordKind, { ids: string[]; servers: (typeof copies)[number][] }>();
  s.targets.forEach((t, i) => {
    const group = byKind.get(t.kind) ?? { ids: [], servers: [] };
    group.ids.push(t.id);
    group.servers.push(copies[i]?.kind === t.kind ? copies[i] : undefined);
    byKind.set(t.kind, group);
  });

  for (const [kind, { ids, servers }] of byKind) {
    const table = db.table(TABLE_OF[kind]) as Table<Record<string, unknown> & LocalMeta, string>;
    const previous = await table.bulkGet(ids);
    const puts: (Record<string, unknown> & LocalMeta)[] = [];
    const deletes: string[] = [];
    ids.forEach((id, i) => {
      const server = servers[i] ?? null;
      const remaining = pendingBy.get(keyOf(kind, id)) ?? [];
      const moved = rebasedBaseVersions(server, leftBy.get(keyOf(kind, id)) ?? [], remaining);
      for (const e of remaining) {
        const base = moved.get(e.id);
        if (base !== undefined) rebased.push({ ...e, baseVersion: base });
      }
      const view = composeView(kind, id, server, remaining, previous[i] ?? null, s.now);
      if (view) puts.push(view);
      else if (previous[i]) deletes.push(id);
    });
    await table.bulkPut(puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
  }
  if (rebased.length > 0) await db.outbox.bulkPut(rebased);
}
