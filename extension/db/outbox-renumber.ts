import type { KarteDb, OutboxEntry } from './schema';

/**
 * Mutation ids must reach the server consecutively (push step 4). These helpers move
 * entries out of the way when an entry is refused locally or the server reports a gap.
 * Run them inside a rw transaction over outbox + meta.
 */

const NEXT_MUTATION_ID = 'nextMutationId';

/** An id below every other (≤ -1) for an entry refused without ever being sent: it no longer takes a place in the sequence. */
export async function parkingId(db: KarteDb): Promise<number> {
  const lowest = await db.outbox.orderBy(':id').first();
  return Math.min(lowest?.id ?? 0, 0) - 1;
}

/** Moves an entry to another id (the primary key), keeping everything else. */
export async function moveEntry(db: KarteDb, entry: OutboxEntry, id: number): Promise<void> {
  await db.outbox.delete(entry.id);
  await db.outbox.add({ ...entry, id });
}

/**
 * Shifts the given pending entries (in id order, consecutive, possibly none) down by `shift`,
 * first parking any rejected entry that sits where they land, and lowers the next mutation
 * id by the same amount. Safe only for ids the server has never consumed.
 */
export async function shiftPendingDown(db: KarteDb, pending: readonly OutboxEntry[], shift: number): Promise<void> {
  if (shift <= 0) return;
  if (pending.length > 0) {
    const from = pending[0]!.id - shift;
    const to = pending.at(-1)!.id - shift;
    const pendingIds = new Set(pending.map((e) => e.id));
    const inTheWay = await db.outbox
      .where(':id')
      .between(from, to, true, true)
      .filter((e) => !pendingIds.has(e.id))
      .toArray();
    for (const e of inTheWay) await moveEntry(db, e, await parkingId(db));
    await db.outbox.bulkDelete(pending.map((e) => e.id));
    await db.outbox.bulkAdd(pending.map((e) => ({ ...e, id: e.id - shift })));
  }
  // The next local write must take the place right after the last pending entry.
  const next = await db.meta.get(NEXT_MUTATION_ID);
  if (typeof next?.value === 'number') await db.meta.put({ key: NEXT_MUTATION_ID, value: next.value - shift });
}
