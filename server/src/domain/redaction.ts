import type { RecordEnvelope } from '../../../shared';

/**
 * Pull step 3 for conflict copies: a copy holds text of the record it belongs to, so a
 * copy of a 機微 consultation is hidden from the same people the consultation is
 * (toEnvelope redacts the consultation itself).
 */
export function redactConflictCopy(
  envelope: RecordEnvelope,
  target: { sensitive: boolean; authorId: string | null },
  reader: { advisorId: string; canManage: boolean },
): RecordEnvelope {
  if (envelope.kind !== 'conflict' || !target.sensitive || reader.canManage || target.authorId === reader.advisorId) return envelope;
  return { ...envelope, redacted: true, data: { ...envelope.data, text: '' } };
}
