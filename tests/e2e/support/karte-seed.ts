import { RECORD_DEFAULTS, uuidv7, type FieldsOf, type RecordKind } from '../../../shared';
import type { Row } from './idb-rows';

// Read and write rows with these; re-exported for the specs that import them from here.
export { putRows, readRows } from './idb-rows';

/**
 * A record row as the extension stores it: every field (defaults for those not given) and the
 * local meta. `authorId` set and `version` ≥ 1 make it look pulled from the server (another
 * advisor's record, say); `redacted` a 機微 note this advisor may not read.
 */
export function recordRow<K extends RecordKind>(
  kind: K,
  fields: Partial<FieldsOf<K>>,
  meta: { id?: string; authorId?: string | null; version?: number; redacted?: boolean } = {},
): Row {
  const at = new Date().toISOString();
  return {
    ...RECORD_DEFAULTS[kind],
    ...fields,
    id: meta.id ?? uuidv7(),
    version: meta.version ?? (meta.authorId ? 1 : 0),
    authorId: meta.authorId ?? null,
    createdAt: at,
    updatedAt: at,
    redacted: meta.redacted ?? false,
  };
}
