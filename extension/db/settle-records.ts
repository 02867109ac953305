import type { Table } from 'dexie';
import type { Mutation, RecordEnvelope, RecordKind } from '../../shared';
import type { LocalRow } from '../sync/local-row';
import { needsPrevious, planSettle, type SettleTarget } from '../sync/settle-plan';
import { TABLE_OF, type KarteDb, type OutboxEntry } from './schema';

/** The protocol part of an outbox entry (what a push sends). */
export function toMutation(e: OutboxEntry): Mutation {
  return { id: e.id, kind: e.kind, recordId: e.recordId, baseVersion: e.baseVersion, fields: e.fields } as Mutation;
}

/** Pending entries in id order (the `state` index keeps equal keys in primary-key order). */
export function pendingEntries(db: KarteDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('pending').toArray();
}

/** Every table a sync transaction may touch: the record table of each kind (so a new kind is covered), outbox, meta, server copies. */
export const SYNC_TABLES = (db: KarteDb) => [...Object.values(TABLE_OF).map((name) => db.table(name)), db.outbox, db.meta, db.serverCopies];

const recordTable = (db: KarteDb, kind: RecordKind) => db.table(TABLE_OF[kind]) as Table<LocalRow, string>;

/** The local row of each target `wanted` marks, in the order of `targets` (one bulkGet per record table). */
async function currentRows(db: KarteDb, targets: readonly SettleTarget[], wanted: readonly boolean[]): Promise<(LocalRow | undefined)[]> {
  const rows: (LocalRow | undefined)[] = new Array(targets.length);
  const byKind = new Map<RecordKind, number[]>();
  targets.forEach((t, i) => {
    if (!wanted[i]) return;
    const list = byKind.get(t.kind);
    if (list) list.push(i);
    else byKind.set(t.kind, [i]);
  });
  for (const [kind, indexes] of byKind) {
    const found = await recordTable(db, kind).bulkGet(indexes.map((i) => targets[i]!.id));
    indexes.forEach((target, j) => (rows[target] = found[j]));
  }
  return rows;
}

export interface Settle {
  targets: readonly SettleTarget[];
  /** Entries that just left the pending set (acknowledged or rejected), in id order. */
  left: readonly Mutation[];
  /** Entries still pending, in id order. */
  pending: readonly OutboxEntry[];
  now: string;
  /** Server copies this transaction just stored (a pulled page's): not read back. */
  known?: readonly RecordEnvelope[];
}

/** The server copy of each target, in order: the known ones as given, the rest read in one bulkGet. */
async function serverCopiesOf(db: KarteDb, s: Settle): Promise<(RecordEnvelope | undefined)[]> {
  const known = new Map((s.known ?? []).map((c) => [c.id, c]));
  const unknown = s.targets.filter((t) => !known.has(t.id)).map((t) => t.id);
  const read = new Map(
    unknown.length === 0 ? [] : (await db.serverCopies.bulkGet(unknown)).flatMap((c, i) => (c ? [[unknown[i]!, c] as const] : [])),
  );
  return s.targets.map((t) => known.get(t.id) ?? read.get(t.id));
}

/** Inside a rw transaction over SYNC_TABLES: carries out sync/settle-plan.ts for the targets. */
export async function settleRecords(db: KarteDb, s: Settle): Promise<void> {
  if (s.targets.length === 0) return;
  const servers = await serverCopiesOf(db, s);
  const previous = await currentRows(db, s.targets, needsPrevious(s.targets, servers, s.pending));
  const plan = planSettle({ ...s, servers, previous });
  for (const [kind, rows] of plan.puts) await recordTable(db, kind).bulkPut(rows);
  for (const [kind, ids] of plan.deletes) await recordTable(db, kind).bulkDelete(ids);
  if (plan.rebased.length > 0) await db.outbox.bulkPut(plan.rebased);
}
