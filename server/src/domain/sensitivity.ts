import { SENSITIVE_FIELDS, type RecordKind } from '../../../shared';

/**
 * The 機微 invariant (docs/api.md "Records"): text that came from a 機微 consultation is
 * readable only by those who may read that consultation — its author, the co-advisors in its
 * `advisorIds` and managers — wherever the text was copied. Pure rules; the database code
 * keeps `derived_from` (which consultation a record's text came from) in step with them.
 */

/** Who is reading. */
export interface Reader {
  advisorId: string;
  /** roleAtLeast(role, 'manager'). */
  canManage: boolean;
}

/** A 機微 consultation that guards some text, with the people who may read it. */
export interface GuardSource {
  id: string;
  authorId: string | null;
  advisorIds: readonly string[];
}

/** Of a 機微 consultation itself: its dialogue, whom it was with, where it was written, and its tags (廃業, 被災 … reveal it). */
export const CONSULTATION_GUARDED_FIELDS: readonly string[] = [...SENSITIVE_FIELDS, 'tagIds'];

/** Business summary fields that can be adopted from a consultation, with the field naming it. */
export const ADOPTED_FIELDS = [
  ['essentialIssue', 'essentialIssueSourceId'],
  ['vision', 'visionSourceId'],
] as const;

/**
 * A reader who may read no 機微 text at all: an export made without asking for 機微 (no
 * advisor's id is empty, and it manages nothing), so every guarded field goes out emptied.
 */
export const READS_NO_SENSITIVE: Reader = { advisorId: '', canManage: false };

export function mayRead(source: GuardSource, reader: Reader): boolean {
  return reader.canManage || source.authorId === reader.advisorId || source.advisorIds.includes(reader.advisorId);
}

/**
 * The texts of a 専門家派遣 that may hold what was said in the consultation it came from: its
 * theme, the expert's report and the visits' notes (the dates, hours and 謝金 stay: reports count them).
 */
export const DISPATCH_GUARDED_FIELDS: readonly string[] = ['theme', 'report', 'visits'];

/** Records whose text comes from the consultation they name in `consultationId`. */
const NAMES_ITS_CONSULTATION = new Set<RecordKind>(['action', 'expertDispatch']);

/** The consultations whose text the record holds (besides a consultation's own): one id per source. */
export function sourcesOf(kind: RecordKind, data: Record<string, unknown>): string[] {
  const ids: unknown[] = NAMES_ITS_CONSULTATION.has(kind)
    ? [data.consultationId]
    : kind === 'business'
      ? ADOPTED_FIELDS.map(([, source]) => data[source])
      : [];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

/**
 * The consultation a new conflict copy's text came from: the consultation itself, an action's
 * consultation, or for an adopted business field the source the losing edit named (else the
 * stored one). Fixed when the copy is made, so later edits of the record cannot unguard it.
 */
export function originOf(
  kind: RecordKind,
  id: string,
  current: Record<string, unknown>,
  incoming: Record<string, unknown>,
  field: string,
): string | null {
  const pick = (key: string) => {
    const v = key in incoming ? incoming[key] : current[key];
    return typeof v === 'string' ? v : null;
  };
  if (kind === 'consultation') return id;
  if (kind === 'action') return pick('consultationId');
  if (kind === 'business') {
    const adopted = ADOPTED_FIELDS.find(([text]) => text === field);
    return adopted ? pick(adopted[1]) : null;
  }
  return null;
}

/** The fields of a record that text from `sourceId` lives in. */
function fieldsFrom(kind: RecordKind, id: string, data: Record<string, unknown>, sourceId: string): readonly string[] {
  if (kind === 'consultation') return sourceId === id ? CONSULTATION_GUARDED_FIELDS : [];
  if (kind === 'action' || kind === 'conflict') return ['text'];
  if (kind === 'expertDispatch') return DISPATCH_GUARDED_FIELDS;
  if (kind === 'business') return ADOPTED_FIELDS.filter(([, source]) => data[source] === sourceId).map(([text]) => text);
  return [];
}

/** A guarded field emptied: text becomes '', a visit keeps its date and hours without its note. */
function blank(field: string, value: unknown): unknown {
  if (field === 'sourceUrl') return null;
  if (field === 'tagIds') return [];
  if (field === 'visits') return Array.isArray(value) ? value.map((v: Record<string, unknown>) => ({ ...v, note: '' })) : [];
  return '';
}

/**
 * The record's data as `reader` may see it: every field holding text of a 機微 consultation
 * the reader may not read is emptied. `sensitiveRead` is true when some such text is handed
 * over readable (audited by the caller).
 */
export function redact(
  record: { kind: RecordKind; id: string; data: Record<string, unknown>; guards: readonly GuardSource[] },
  reader: Reader,
): { data: Record<string, unknown>; redacted: boolean; sensitiveRead: boolean } {
  let data = record.data;
  let redacted = false;
  let sensitiveRead = false;
  for (const source of record.guards) {
    const fields = fieldsFrom(record.kind, record.id, record.data, source.id);
    if (fields.length === 0) continue;
    if (mayRead(source, reader)) {
      sensitiveRead = true;
      continue;
    }
    if (!redacted) data = { ...data };
    redacted = true;
    for (const f of fields) data[f] = blank(f, record.data[f]);
  }
  return { data, redacted, sensitiveRead };
}

/** Whether a change of a consultation changes who may read text that came from it. */
export function readersChanged(before: Record<string, unknown> | null, after: Record<string, unknown>): boolean {
  const wasSensitive = before?.sensitive === true;
  if (wasSensitive !== (after.sensitive === true)) return true;
  if (!wasSensitive) return false;
  const key = (d: Record<string, unknown>) => JSON.stringify([...((d.advisorIds as string[] | undefined) ?? [])].sort());
  return key(before!) !== key(after);
}
