import { RECORD_DEFAULTS, recordSchema, withAllFields, type Mutation, type RecordEnvelope, type RecordKind } from '../../shared';
import type { LocalMeta, LocalRow } from './local-row';

/**
 * What a record table row should be (client rule 3): the server's copy with the fields of
 * still-pending local mutations on top, in mutation order. Without a server copy the
 * record exists only locally: defaults plus the pending fields, as long as the entry that
 * creates it is still pending (once its creation is refused, later edits alone are no
 * record). `previous` is the row as it is now.
 * Returns null when the row should not exist.
 */
export function composeView(
  kind: RecordKind,
  id: string,
  server: RecordEnvelope | null,
  pending: readonly Mutation[],
  previous: LocalMeta | null,
  now: string,
): LocalRow | null {
  if (!server && !pending.some((m) => createsRecord(kind, m))) return null;
  // A server copy kept since before a field existed takes the field's default.
  const fields: Record<string, unknown> = { ...withAllFields(kind, server ? server.data : RECORD_DEFAULTS[kind]) };
  for (const m of pending) Object.assign(fields, m.fields);
  const meta: LocalMeta = server
    ? {
        id,
        version: server.version,
        authorId: server.authorId,
        createdAt: server.createdAt,
        updatedAt: pending.length > 0 && previous && previous.updatedAt > server.updatedAt ? previous.updatedAt : server.updatedAt,
        redacted: server.redacted,
      }
    : {
        id,
        version: 0,
        authorId: previous?.authorId ?? null,
        createdAt: previous?.createdAt ?? now,
        updatedAt: previous?.updatedAt ?? now,
        redacted: false,
      };
  return { ...fields, ...meta };
}

/** Whether an entry holds a whole record (a creation: the repository sends every field of a new record). */
function createsRecord(kind: RecordKind, m: Mutation): boolean {
  return recordSchema(kind).safeParse({ ...RECORD_DEFAULTS[kind], ...m.fields }).success;
}
