/** Old advisor id → the id the same person has in the organisation a restore writes into. */
export type AdvisorMap = Readonly<Record<string, string>>;

const swap = (map: AdvisorMap, id: unknown) => (typeof id === 'string' && id in map ? map[id]! : id);

/**
 * A record of an export with its people's ids as the restoring organisation knows them: the
 * author, 同席 (advisorIds), 担当 and its history, and the 指導員 of a 補助金 application. An
 * advisor whose id another organisation of the deployment already uses comes back under a new
 * id (import/restore.ts); everyone else keeps theirs and the record is returned as it was.
 */
export function remapAdvisors<T extends { authorId: string | null; data: Record<string, unknown> }>(record: T, map: AdvisorMap): T {
  if (Object.keys(map).length === 0) return record;
  const d = record.data;
  const data: Record<string, unknown> = { ...d };
  if (Array.isArray(d.advisorIds)) data.advisorIds = d.advisorIds.map((id) => swap(map, id));
  if ('assignedAdvisorId' in d) data.assignedAdvisorId = swap(map, d.assignedAdvisorId);
  if (Array.isArray(d.assignments))
    data.assignments = (d.assignments as Record<string, unknown>[]).map((a) => ({ ...a, advisorId: swap(map, a.advisorId) }));
  if ('advisorId' in d) data.advisorId = swap(map, d.advisorId);
  return { ...record, authorId: swap(map, record.authorId) as string | null, data };
}
