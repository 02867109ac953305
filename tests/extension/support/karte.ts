import type { Consultation } from '../../../shared/records';
import { createKarteWrites } from '../../../extension/db/karte-writes';
import { createRecordsRepo } from '../../../extension/db/records-repo';
import { TABLE_OF, type KarteDb } from '../../../extension/db/schema';
import { freshDb } from './db';

/** A fresh store, its repository and karte writes on a clock the test moves. */
export function karteSetup(start = '2026-04-20T01:00:00.000Z') {
  const db = freshDb();
  const clock = { now: new Date(start) };
  const now = () => clock.now;
  const repo = createRecordsRepo(db, { now });
  return { db, repo, clock, now, writes: createKarteWrites(repo, now) };
}

export type KarteSetup = ReturnType<typeof karteSetup>;

/** A consultation of `businessId` held at `heldAt`, on the given tags. */
export function consult(s: KarteSetup, businessId: string, heldAt: string, fields: Partial<Consultation> = {}) {
  return s.repo.create('consultation', { businessId, heldAt, channel: 'counter', inquiry: `${heldAt} の相談`, ...fields });
}

/** What a pull does to a record written by someone else: it carries the server's author. */
export async function authoredBy(db: KarteDb, kind: keyof typeof TABLE_OF, id: string, authorId: string): Promise<void> {
  await db.table(TABLE_OF[kind]).update(id, { authorId, version: 1 });
}
