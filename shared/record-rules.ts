import * as z from 'zod/mini';
import { industryDivisionOf } from './industry-middle';
import { DIALOGUE_FIELDS, FIELDS_BY_KIND, type FieldsOf, type RecordKind } from './records';
import { RECORD_DEFAULTS } from './record-defaults';
import { regexSafetyIssues } from './site-rules';
import { supportRecordIssues } from './support-records';

export { RECORD_DEFAULTS };

/**
 * Free-text fields: two concurrent edits of one of these keep both texts (the later
 * as a conflict copy). Every other field merges last-writer-wins.
 */
export const FREE_TEXT_FIELDS: { [K in RecordKind]: ReadonlyArray<keyof FieldsOf<K> & string> } = {
  business: ['vision', 'essentialIssue', 'strengths', 'weaknesses', 'disasterDamage', 'disasterRecoveryNote'],
  consultation: [...DIALOGUE_FIELDS],
  action: ['text'],
  tagGroup: [],
  tag: [],
  conflict: [],
  siteRule: [],
  // The support records' texts (施策名, テーマ, 専門家の報告, …) are facts one advisor keeps up to date:
  // the last writer wins. A conflict copy of them would name a kind that clients of protocol ≤ 3 refuse.
  application: [],
  expertDispatch: [],
  yearlyFigures: [],
  demandEvent: [],
  founder: [],
};

/** Fields of a 機微 consultation hidden from anyone but its author and managers. */
export const SENSITIVE_FIELDS = [...DIALOGUE_FIELDS, 'personMet', 'sourceUrl', 'sourceTitle'] as const;

/** Whole-record rules on top of the per-field schema. */
function buildRecordSchema(kind: RecordKind): z.ZodMiniType {
  const base = FIELDS_BY_KIND[kind] as unknown as z.ZodMiniType<Record<string, unknown>>;
  if (kind === 'consultation') {
    return base.check(
      z.superRefine((value, ctx) => {
        const c = value as FieldsOf<'consultation'>;
        if (!c.deleted && DIALOGUE_FIELDS.every((f) => c[f].trim() === '')) {
          ctx.addIssue({
            code: 'custom',
            path: ['inquiry'],
            message: '相談内容・経営者の言葉・助言・経営者の気づき・本質的課題のいずれかを入力してください（空の記録は保存できません）',
          });
        }
      }),
    );
  }
  if (kind === 'business') {
    const checked = base.check(
      z.superRefine((value, ctx) => {
        const b = value as FieldsOf<'business'>;
        if (b.closeReason !== null && b.status !== 'closed') {
          ctx.addIssue({ code: 'custom', path: ['closeReason'], message: '支援終了の理由は、状態が「支援終了」のときだけ指定できます' });
        }
      }),
    );
    // The 大分類 follows the 中分類: what a client of protocol 1 or 2 reads stays true, and two devices
    // choosing different 中分類 at once can never leave a pair that disagrees.
    return z.pipe(
      checked,
      z.transform((b) => {
        const division = industryDivisionOf((b as FieldsOf<'business'>).industryMiddle);
        return division && b.industry !== division ? { ...b, industry: division } : b;
      }),
    );
  }
  if (kind === 'siteRule') {
    return base.check(
      z.superRefine((value, ctx) => {
        const r = value as FieldsOf<'siteRule'>;
        // A deleted rule never runs: one stored before unsafe regexes were refused can still be deleted.
        if (r.deleted) return;
        for (const { path, message } of regexSafetyIssues(r)) ctx.addIssue({ code: 'custom', path, message });
      }),
    );
  }
  if (kind === 'application' || kind === 'expertDispatch' || kind === 'yearlyFigures' || kind === 'demandEvent') {
    return base.check(
      z.superRefine((value, ctx) => {
        for (const { path, message } of supportRecordIssues(kind, value)) ctx.addIssue({ code: 'custom', path, message });
      }),
    );
  }
  return base;
}

/** Built once per kind: the server validates every mutation with these, so rebuilding them per call showed in push throughput. */
const recordSchemas = new Map<RecordKind, z.ZodMiniType>();

export function recordSchema<K extends RecordKind>(kind: K): z.ZodMiniType<FieldsOf<K>> {
  let schema = recordSchemas.get(kind);
  if (!schema) {
    schema = buildRecordSchema(kind);
    recordSchemas.set(kind, schema);
  }
  return schema as z.ZodMiniType<FieldsOf<K>>;
}

/** Fills defaults for a record being created from a partial set of fields. */
export function withDefaults<K extends RecordKind>(kind: K, fields: Partial<FieldsOf<K>>): Partial<FieldsOf<K>> {
  return { ...RECORD_DEFAULTS[kind], ...fields };
}
