import type { Mutation, RecordEnvelope } from '../../shared';

/**
 * Which server version a queued edit really "saw", per docs/sync.md push step 5: a field
 * whose stored version is above the mutation's baseVersion is treated as a concurrent edit
 * (free text then becomes a conflict copy instead of overwriting). An edit made while an
 * earlier local edit of the same field was still pending saw that local text, not the
 * server's, so it must not claim the record's newer version for that field — otherwise
 * it would silently overwrite a colleague's text it never saw.
 */

const sameValue = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Rule 1, at send time: an entry's baseVersion is at most that of the earlier pending entry
 * of the same record it overlaid (per field, transitively). `pending` must be in id order.
 * Returns id → baseVersion to send.
 */
export function effectiveBaseVersions(pending: readonly Mutation[]): Map<number, number> {
  const lastByField = new Map<string, number>();
  const result = new Map<number, number>();
  for (const m of pending) {
    let base = m.baseVersion;
    for (const field of Object.keys(m.fields)) {
      const earlier = lastByField.get(`${m.recordId}\u0000${field}`);
      if (earlier !== undefined) base = Math.min(base, earlier);
    }
    for (const field of Object.keys(m.fields)) lastByField.set(`${m.recordId}\u0000${field}`, base);
    result.set(m.id, base);
  }
  return result;
}

/**
 * Rule 2, when entries leave the pending set (acknowledged and pulled, or rejected): each
 * remaining entry of the record that overlaid one of them saw that entry's value. If the
 * server now holds exactly that value, the remaining entry saw the server's current field
 * and may claim the server copy's version; otherwise the server kept someone else's value
 * and the entry keeps the older baseVersion of the edit it followed. Returns id → new
 * baseVersion for entries that change. `left` and `remaining` are one record's entries.
 */
export function rebasedBaseVersions(
  server: RecordEnvelope | null,
  left: readonly Mutation[],
  remaining: readonly Mutation[],
): Map<number, number> {
  const changes = new Map<number, number>();
  if (left.length === 0) return changes;
  for (const p of remaining) {
    let base: number | null = null;
    for (const field of Object.keys(p.fields)) {
      const followed = lastWriterBefore(left, remaining, p.id, field);
      const seen =
        followed === null
          ? p.baseVersion
          : server && sameValue(server.data[field], followed.fields[field as keyof typeof followed.fields])
            ? server.version
            : Math.min(followed.baseVersion, p.baseVersion);
      base = base === null ? seen : Math.min(base, seen);
    }
    if (base !== null && base !== p.baseVersion) changes.set(p.id, base);
  }
  return changes;
}

/** The entry that left whose value of `field` entry `id` saw, unless a remaining entry wrote it in between. */
function lastWriterBefore(left: readonly Mutation[], remaining: readonly Mutation[], id: number, field: string): Mutation | null {
  const touches = (m: Mutation) => m.id < id && field in m.fields;
  const leftWriter = left.filter(touches).at(-1) ?? null;
  if (!leftWriter) return null;
  const laterPending = remaining.some((m) => touches(m) && m.id > leftWriter.id);
  return laterPending ? null : leftWriter;
}
