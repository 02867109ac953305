import type { KarteDb, OutboxEntry } from './schema';

/**
 * After a complete pull: the organisation's tags replace the local defaults seeded before
 * sign-in. A local tag or group the server does not have is removed, unless a pending
 * edit uses it (it is then either being created by a manager, or its edit will come back
 * rejected and show the advisor why). Run inside a rw transaction over the sync tables.
 */
export async function adoptOrganisationTaxonomy(db: KarteDb, pending: readonly OutboxEntry[]): Promise<void> {
  const onServer = new Set(await db.serverCopies.where('kind').anyOf(['tag', 'tagGroup']).primaryKeys());
  // An organisation always has its taxonomy (seeded with it); none pulled yet means not adopted yet.
  if (onServer.size === 0) return;
  const used = new Set<string>();
  for (const e of pending) {
    if (e.kind === 'tag' || e.kind === 'tagGroup') used.add(e.recordId);
    const fields = e.fields as { tagIds?: unknown; groupId?: unknown };
    if (Array.isArray(fields.tagIds)) for (const t of fields.tagIds) if (typeof t === 'string') used.add(t);
    if (typeof fields.groupId === 'string') used.add(fields.groupId);
  }
  const stale = (id: string) => !onServer.has(id) && !used.has(id);
  const [tagIds, groupIds] = await Promise.all([db.tags.toCollection().primaryKeys(), db.tagGroups.toCollection().primaryKeys()]);
  await db.tags.bulkDelete(tagIds.filter(stale));
  await db.tagGroups.bulkDelete(groupIds.filter(stale));
}
