import { FREE_TEXT_FIELDS, RECORD_DEFAULTS, recordSchema, type Mutation } from '../../../shared';
import { checkPermission, checkReferences } from './mutation-rules';
import { ADOPTED_FIELDS, originOf } from './sensitivity';
import { rejected, type MergeContext, type MergeOutcome, type WorkingRecord } from './working-record';

export { loaded, type MergeContext, type MergeOutcome, type WorkingRecord } from './working-record';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The value a field takes when its stored version is newer than what the client saw
 * (push step 5, concurrent edit). Free text is never silently lost: two different
 * non-empty texts keep the stored one and turn the incoming one into a conflict copy;
 * when one side is empty the non-empty text stands (a concurrent clear does not erase
 * someone else's writing, and an empty stored field is simply filled). Every other
 * field is last writer wins, in server commit order.
 */
function mergeConcurrent(freeText: boolean, stored: unknown, incoming: unknown): { value: unknown; conflictText?: string } {
  if (!freeText || !isText(stored) || !isText(incoming)) return { value: incoming };
  if (stored === incoming || incoming.trim() === '') return { value: stored };
  if (stored.trim() === '') return { value: incoming };
  return { value: stored, conflictText: incoming };
}

/**
 * Per-field merge of one mutation's fields onto the current data (push step 5, "for each field").
 * An adopted business field and the field naming its source move together: when the stored
 * text stays, so does its source, so text of a 機微 consultation never loses its guard.
 */
export function mergeFields(current: WorkingRecord, fields: Record<string, unknown>, baseVersion: number, clientId: string) {
  const freeText = FREE_TEXT_FIELDS[current.kind] as readonly string[];
  const data = { ...current.data };
  const conflicts: { field: string; text: string; origin: string | null }[] = [];
  const keptStored = new Set<string>();
  for (const [field, incoming] of Object.entries(fields)) {
    const seen =
      current.isNew ||
      current.written.has(field) ||
      (current.fieldVersions[field] ?? 0) <= baseVersion ||
      current.fieldClients[field] === clientId;
    if (seen) {
      data[field] = incoming;
      continue;
    }
    const merged = mergeConcurrent(freeText.includes(field), data[field], incoming);
    data[field] = merged.value;
    if (merged.value !== incoming) keptStored.add(field);
    if (merged.conflictText !== undefined) {
      const origin = originOf(current.kind, current.id, current.data, fields, field);
      conflicts.push({ field, text: merged.conflictText, origin });
    }
  }
  if (current.kind === 'business') {
    for (const [text, source] of ADOPTED_FIELDS) if (keptStored.has(text)) data[source] = current.data[source];
  }
  return { data, conflicts };
}

function conflictCopy(record: WorkingRecord, c: { field: string; text: string; origin: string | null }, ctx: MergeContext): WorkingRecord {
  const data = { recordKind: record.kind, recordId: record.id, field: c.field, text: c.text, deleted: false };
  return {
    kind: 'conflict',
    id: ctx.newId(),
    data,
    fieldVersions: {},
    fieldClients: {},
    authorId: ctx.advisorId,
    isNew: true,
    written: new Set(Object.keys(data)),
    origin: c.origin,
  };
}

/** A record that does not exist yet, with the defaults of its kind (push step 5, "a new record"). */
function blankRecord(m: Mutation, ctx: MergeContext): WorkingRecord {
  return {
    kind: m.kind,
    id: m.recordId,
    data: { ...RECORD_DEFAULTS[m.kind] },
    fieldVersions: {},
    fieldClients: {},
    authorId: ctx.advisorId,
    isNew: true,
    written: new Set(),
  };
}

/**
 * Push step 5 for one mutation: kind, permissions, defaults, per-field merge, whole-record
 * validation and references. Returns the record after the mutation (unchanged input on
 * rejection: the caller keeps its previous state) and any conflict copies it produced.
 */
export function mergeMutation(stored: WorkingRecord | null, m: Mutation, ctx: MergeContext): MergeOutcome {
  if (stored && stored.kind !== m.kind) {
    return rejected('kind_mismatch', `この記録は種類「${stored.kind}」として保存されています（送信された種類: ${m.kind}）`);
  }
  const denied = checkPermission(stored, m.kind, ctx, m.fields);
  if (denied) return denied;

  const current = stored ?? blankRecord(m, ctx);
  const merged = mergeFields(current, m.fields, m.baseVersion, ctx.clientId);
  const parsed = recordSchema(m.kind).safeParse(merged.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return rejected('validation_failed', `${where}${issue?.message ?? '記録の内容が正しくありません'}`);
  }
  const data = parsed.data as Record<string, unknown>;
  const invalidRef = checkReferences(current, data, ctx);
  if (invalidRef) return invalidRef;

  const changedFields = Object.keys(data).filter((f) => current.isNew || !same(data[f], current.data[f]));
  const record: WorkingRecord = { ...current, data, written: new Set([...current.written, ...changedFields]) };
  const conflicts = merged.conflicts.map((c) => conflictCopy(record, c, ctx));
  return { status: 'applied', record, changed: current.isNew || changedFields.length > 0, conflicts };
}
