import * as z from 'zod/mini';
import { PROGRAMMES } from './enums';
import { queryInt, text, uuid } from './fields';
import { LIMITS } from './limits';

/**
 * What the reports of /v1/reports are asked (docs/api.md "Reports"): a period and filters every
 * report shares, the drill-down to the records behind a figure, and the keys and limits the
 * answers (reports.ts) use.
 */

/** The key of figures without a value: no 事業区分, no 業種, 小規模 not decided. */
export const UNSPECIFIED = 'unspecified';
/** The key of consultations that carry no tag of the 相談分野 group. */
export const NO_TOPIC = 'none';
/**
 * Tag groups the reports read: the default taxonomy's fixed ids (shared/taxonomy.ts), which an
 * organisation's own tags join. The karte's stage view names the same two last ones
 * (extension/karte/stage-timeline.ts, kept free of this module's zod).
 */
export const TOPIC_GROUP_ID = 'grp-topic';
export const STEP_GROUP_ID = 'grp-step';
export const WALL_GROUP_ID = 'grp-wall';
/**
 * A barrier (5つの壁) counts as overcome when none of the business's latest this-many
 * consultations carries it, though an earlier one did (docs/api.md "伴走支援案件一覧").
 */
export const OVERCOME_WINDOW = 3;
/** The カルテ品質 report lists at most this many consultations (newest first); the counts cover all. */
export const QUALITY_ROW_LIMIT = 2_000;
/** The longest period a report covers. */
export const MAX_REPORT_YEARS = 10;

/** Who a report covers: the whole organisation (managers, admins) or the caller's own work (advisors). */
export const REPORT_SCOPES = ['organisation', 'own'] as const;
export type ReportScope = (typeof REPORT_SCOPES)[number];

/** 相談件数 is broken down by these; `all` (every individual consultation) takes no key, `seminar` (講習会・セミナー) a month or none. */
export const COUNT_DIMENSIONS = [
  'all',
  'seminar',
  'month',
  'topic',
  'industry',
  'membership',
  'smallBusiness',
  'programme',
  'channel',
  'advisor',
] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const PROGRAMME_FILTERS = [...PROGRAMMES, UNSPECIFIED] as const;

const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.25 * 86_400_000);

/** The period (one of 年度, month, from–to; none: the current 年度) and the filters every report takes. */
const reportQueryShape = {
  fy: z.optional(queryInt('年度（fy）', 2000, 2100)),
  month: z.optional(
    z.string('月（month）は 2026-04 の形式で指定してください').check(z.regex(MONTH, '月（month）は 2026-04 の形式で指定してください')),
  ),
  from: z.optional(z.iso.date('開始日（from）は日付（例: 2026-04-01）で指定してください')),
  to: z.optional(z.iso.date('終了日（to）は日付（例: 2027-03-31）で指定してください')),
  /** Work of one advisor: consultations they wrote or attended (同席), businesses they are 担当 of. */
  advisorId: z.optional(uuid('支援者（advisorId）')),
  /** 事業区分 of the consultations; `unspecified`: those without one. */
  programme: z.optional(z.enum(PROGRAMME_FILTERS, `事業区分（programme）は ${PROGRAMME_FILTERS.join(' / ')} のいずれかで指定してください`)),
  /** 地域: the business's 所在市区町村, as written on its profile. */
  municipality: z.optional(
    text(LIMITS.shortText, '地域（municipality）').check(z.trim(), z.minLength(1, '地域（municipality）を入力してください')),
  ),
};

type PeriodInput = { fy?: number | undefined; month?: string | undefined; from?: string | undefined; to?: string | undefined };

/** One form of period at most; from and to together, in order, within MAX_REPORT_YEARS. */
const periodRules = z.superRefine<PeriodInput>((q, ctx) => {
  const forms = [q.fy !== undefined, q.month !== undefined, q.from !== undefined || q.to !== undefined].filter(Boolean).length;
  if (forms > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['fy'],
      message: '期間は 年度（fy）・月（month）・開始日と終了日（from, to）のどれか一つで指定してください',
    });
    return;
  }
  if (q.from !== undefined && q.to === undefined) ctx.addIssue({ code: 'custom', path: ['to'], message: '終了日（to）も指定してください' });
  if (q.to !== undefined && q.from === undefined)
    ctx.addIssue({ code: 'custom', path: ['from'], message: '開始日（from）も指定してください' });
  if (q.from !== undefined && q.to !== undefined) {
    if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: '終了日（to）は開始日（from）以降の日付にしてください' });
    else if (yearsBetween(q.from, q.to) > MAX_REPORT_YEARS) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: `期間は${MAX_REPORT_YEARS}年以内で指定してください` });
    }
  }
});

export const reportQuery = z.strictObject(reportQueryShape).check(periodRules);
export type ReportQuery = z.infer<typeof reportQuery>;

/** The records behind one figure of 相談件数: the same period and filters, the dimension and its key, paged. */
export const countRecordsQuery = z
  .strictObject({
    ...reportQueryShape,
    dim: z.enum(COUNT_DIMENSIONS, `集計の区分（dim）は ${COUNT_DIMENSIONS.join(' / ')} のいずれかで指定してください`),
    key: z.optional(
      z
        .string('区分の値（key）は文字列で指定してください')
        .check(z.minLength(1), z.maxLength(100, '区分の値（key）は100文字以内で指定してください')),
    ),
    cursor: z.optional(z.string().check(z.maxLength(200))),
    limit: z._default(queryInt('件数（limit）', 1, 200), 100),
  })
  .check(
    periodRules,
    z.superRefine((q, ctx) => {
      if (q.dim === 'seminar') {
        // 講習会・セミナー: all of them, or one month's ('YYYY-MM').
        if (q.key !== undefined && !MONTH.test(q.key))
          ctx.addIssue({ code: 'custom', path: ['key'], message: '講習会・セミナーの区分の値（key）は月（例: 2026-04）です' });
      } else if (q.dim === 'all') {
        if (q.key !== undefined) ctx.addIssue({ code: 'custom', path: ['key'], message: '「all」には区分の値（key）を指定しません' });
      } else if (q.key === undefined) ctx.addIssue({ code: 'custom', path: ['key'], message: '区分の値（key）を指定してください' });
    }),
  );
export type CountRecordsQuery = z.infer<typeof countRecordsQuery>;
