import * as z from 'zod/mini';
import { DISASTER_CERTIFICATES, JOB_TITLES, PROGRAMMES, RECOVERY_STATES } from './enums';
import { queryInt, text, uuid } from './fields';
import { LIMITS } from './limits';

/**
 * The reports of /v1/reports (docs/api.md "Reports"): what is asked (a period and filters) and
 * what comes back. Every report shares the period and the filters; every figure comes with what
 * lists the records behind it (ids the page turns into names and links, or a drill-down query).
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

/** An advisor as reports name them: the page shows the name and 職種, never the id. */
export const advisorRef = z.object({ id: z.string(), name: z.string(), jobTitle: z.nullable(z.enum(JOB_TITLES)) });
export type AdvisorRef = z.infer<typeof advisorRef>;

const date = z.string();

/** What every report says about itself: the period, whose work, the filters applied. */
export const reportMeta = {
  period: z.object({ from: date, to: date, fiscalYear: z.nullable(z.int()), month: z.nullable(z.string()) }),
  scope: z.enum(REPORT_SCOPES),
  filters: z.object({ advisorId: z.nullable(z.string()), programme: z.nullable(z.string()), municipality: z.nullable(z.string()) }),
  /** Japan date the report was made (overdue actions and the like are as of this day). */
  asOf: date,
};

/** 延べ (every consultation), 実数 (distinct businesses) and 対応時間 (minutes) of a set of consultations. */
export const tally = z.object({ consultations: z.int(), businesses: z.int(), minutes: z.int() });
export type Tally = z.infer<typeof tally>;
export const countRow = z.extend(tally, { key: z.string() });
export type CountRow = z.infer<typeof countRow>;

/** 相談件数 (docs/api.md): individual consultations broken down, 講習会・セミナー apart. */
export const consultationsReport = z.object({
  ...reportMeta,
  /** Individual consultations: every channel but 講習会・セミナー. */
  total: tally,
  /** Every month of the period, zeros included. */
  byMonth: z.array(countRow),
  /** A consultation with several 相談分野 counts in each; `none` for those with none. `name` null for `none`. */
  byTopic: z.array(z.extend(countRow, { name: z.nullable(z.string()), retired: z.boolean() })),
  /** 業種 (大分類 A … T, `unspecified`). */
  byIndustry: z.array(countRow),
  byMembership: z.array(countRow),
  /** `yes` / `no` / `unspecified` (not decided). */
  bySmallBusiness: z.array(countRow),
  byProgramme: z.array(countRow),
  /** 相談方法: 窓口 and 巡回 apart, as every office counts them. */
  byChannel: z.array(countRow),
  /** Once for each advisor involved (author and 同席): may add up to more than the total. */
  byAdvisor: z.array(z.extend(countRow, { name: z.string(), jobTitle: z.nullable(z.enum(JOB_TITLES)) })),
  /** 講習会・セミナー: each record one session, with its 参加者数 added up (a session without one adds 0). */
  seminars: z.object({
    total: z.extend(tally, { participants: z.int() }),
    byMonth: z.array(z.extend(countRow, { participants: z.int() })),
  }),
});
export type ConsultationsReport = z.infer<typeof consultationsReport>;

/** One consultation behind a figure: no text of it, ever. */
export const countRecord = z.object({
  consultationId: z.string(),
  businessId: z.string(),
  businessName: z.string(),
  heldAt: z.string(),
  channel: z.string(),
  programme: z.nullable(z.string()),
  durationMin: z.nullable(z.int()),
  /** The author first, then 同席. */
  advisors: z.array(advisorRef),
});
export type CountRecord = z.infer<typeof countRecord>;
export const countRecordsPage = z.object({ items: z.array(countRecord), nextCursor: z.nullable(z.string()), total: z.int() });
export type CountRecordsPage = z.infer<typeof countRecordsPage>;

const tagRef = z.object({ id: z.string(), name: z.string() });

/** 伴走支援案件一覧: every business whose karte is 伴走支援中 now. */
export const bansoCasesReport = z.object({
  ...reportMeta,
  overcomeWindow: z.int(),
  cases: z.array(
    z.object({
      businessId: z.string(),
      businessName: z.string(),
      /** 担当: its 担当指導員, or who registered it. */
      assignee: z.nullable(advisorRef),
      /** When 伴走支援 started (the latest change of status to it; else bansoSince). */
      since: z.nullable(date),
      /** The 伴走ステップ of the latest consultation naming one. */
      step: z.nullable(tagRef),
      /** Empty and `essentialIssueWithheld` when it came from a 機微 consultation: reports carry no 機微 text. */
      essentialIssue: z.string(),
      essentialIssueWithheld: z.boolean(),
      barriers: z.array(z.extend(tagRef, { firstSeen: date, lastSeen: date, overcome: z.boolean() })),
      lastContact: z.nullable(date),
      lastConsultationId: z.nullable(z.string()),
      consultationsInPeriod: z.int(),
      /** Open actions whose 期日 has passed; the text of one from a 機微 consultation is withheld. */
      overdueActions: z.array(
        z.object({ id: z.string(), consultationId: z.nullable(z.string()), text: z.string(), withheld: z.boolean(), dueDate: date }),
      ),
    }),
  ),
});
export type BansoCasesReport = z.infer<typeof bansoCasesReport>;
export type BansoCase = BansoCasesReport['cases'][number];

/** カルテ品質: consultations missing 相談内容 or next actions, businesses missing 本質的課題. */
export const karteQualityReport = z.object({
  ...reportMeta,
  rowLimit: z.int(),
  /** Per author (consultations) and per 担当 (businesses); `advisor` null: not known. */
  byAdvisor: z.array(
    z.object({
      advisor: z.nullable(advisorRef),
      consultations: z.int(),
      noContent: z.int(),
      noActions: z.int(),
      noEssentialIssue: z.int(),
    }),
  ),
  /** Consultations with something missing, newest first, at most `rowLimit` of `consultationsTotal`. */
  consultations: z.array(
    z.object({
      consultationId: z.string(),
      businessId: z.string(),
      businessName: z.string(),
      heldAt: z.string(),
      author: z.nullable(advisorRef),
      noInquiry: z.boolean(),
      noAdvice: z.boolean(),
      noActions: z.boolean(),
    }),
  ),
  consultationsTotal: z.int(),
  /** Businesses with 2 or more consultations and no 本質的課題 on the karte. */
  businesses: z.array(
    z.object({
      businessId: z.string(),
      businessName: z.string(),
      assignee: z.nullable(advisorRef),
      consultations: z.int(),
      latestConsultationId: z.string(),
    }),
  ),
});
export type KarteQualityReport = z.infer<typeof karteQualityReport>;

const keyCount = z.object({ key: z.string(), businesses: z.int() });

/** 被災事業者 by 災害名 (`''`: not named): damage, 罹災証明, support given, recovery. */
export const disasterReport = z.object({
  ...reportMeta,
  disasters: z.array(
    z.object({
      name: z.string(),
      businesses: z.int(),
      /** Consultations with these businesses in the period. */
      consultations: z.int(),
      byRecovery: z.array(keyCount),
      byCertificate: z.array(keyCount),
      cases: z.array(
        z.object({
          businessId: z.string(),
          businessName: z.string(),
          assignee: z.nullable(advisorRef),
          municipality: z.string(),
          damage: z.string(),
          certificate: z.nullable(z.enum(DISASTER_CERTIFICATES)),
          certificateDate: z.nullable(date),
          recovery: z.nullable(z.enum(RECOVERY_STATES)),
          recoveryNote: z.string(),
          consultations: z.int(),
          lastContact: z.nullable(date),
          lastConsultationId: z.nullable(z.string()),
          /** Tags of those consultations (a 機微 one's only for those who may read it), most used first. */
          tags: z.array(z.extend(tagRef, { count: z.int() })),
        }),
      ),
    }),
  ),
});
export type DisasterReport = z.infer<typeof disasterReport>;
