import * as z from 'zod/mini';
import { TRENDS } from './figure-trend';
import { DEMAND_EVENT_KINDS } from './enums';
import { wholeNumber } from './fields';
import { reportMeta } from './reports';

/**
 * 経営発達支援計画 実施状況報告 (docs/api.md "経営発達支援計画"): the plan's indicators for a 年度,
 * each with the organisation's target and the attainment, and how many businesses' 売上 and 粗利
 * went 増加 / 減少 / 横ばい / 不明.
 */

/** The tag group 発達支援計画区分 of the default taxonomy (shared/taxonomy.ts) and the tag of each indicator. */
export const PLAN_GROUP_ID = 'grp-plan';
export const PLAN_TAGS = {
  analysis: 'plan-analysis',
  businessPlan: 'plan-business-plan',
  followUp: 'plan-follow-up',
  demandSurvey: 'plan-demand-survey',
  newDemand: 'plan-new-demand',
} as const;

/**
 * The indicators, in the order the report to the state lists them: 実数 (businesses) from the
 * 発達支援計画区分 tags, フォローアップの延べ回数, 出展・商談会 参加事業者数 and 成約件数 from the
 * 需要開拓 records, and the businesses whose 売上 / 粗利 went up.
 */
export const PLAN_INDICATORS = [
  'analysis',
  'businessPlan',
  'followUp',
  'followUpVisits',
  'demandSurvey',
  'newDemand',
  'eventBusinesses',
  'deals',
  'salesUp',
  'grossProfitUp',
] as const;
export type PlanIndicator = (typeof PLAN_INDICATORS)[number];

/** The largest target a manager may enter (a plan counts businesses and visits, not yen). */
export const MAX_PLAN_TARGET = 1_000_000;

const target = (label: string) => z.optional(z.nullable(wholeNumber(`${label}の目標`, 0, MAX_PLAN_TARGET)));

/**
 * PUT /v1/reports/plan/targets: the organisation's targets of one 年度, replacing those saved;
 * an indicator left out or null has no target.
 */
export const planTargetsRequest = z.strictObject({
  fiscalYear: z
    .int('年度（fiscalYear）は整数で指定してください')
    .check(z.gte(2000, '年度（fiscalYear）は2000以上で指定してください'), z.lte(2100, '年度（fiscalYear）は2100以下で指定してください')),
  targets: z.strictObject(
    {
      analysis: target('経営状況分析'),
      businessPlan: target('事業計画策定'),
      followUp: target('策定後フォローアップ'),
      followUpVisits: target('フォローアップの延べ回数'),
      demandSurvey: target('需要動向調査'),
      newDemand: target('新たな需要の開拓'),
      eventBusinesses: target('出展・商談会の参加事業者数'),
      deals: target('成約件数'),
      salesUp: target('売上増加事業者数'),
      grossProfitUp: target('粗利増加事業者数'),
    },
    '目標（targets）は指標ごとの数値で指定してください',
  ),
});
export type PlanTargetsRequest = z.infer<typeof planTargetsRequest>;

/** The targets of a 年度 as saved: every indicator, null where none is set. */
export const planTargets = z.object({
  fiscalYear: z.int(),
  targets: z.array(z.object({ indicator: z.enum(PLAN_INDICATORS), target: z.nullable(z.int()) })),
});
export type PlanTargets = z.infer<typeof planTargets>;

/** A business behind a figure: by name, with the latest consultation or event that counts it. */
export const planItem = z.object({
  businessId: z.string(),
  businessName: z.string(),
  consultationId: z.nullable(z.string()),
  /** JST date of that consultation or event. */
  date: z.nullable(z.string()),
  /** Consultations (延べ) or 成約件数 it adds. */
  count: z.int(),
  /** 需要開拓: the events' names and kinds; 増減: the 決算期 compared. */
  events: z.array(z.object({ name: z.string(), kind: z.enum(DEMAND_EVENT_KINDS), heldOn: z.string(), deals: z.nullable(z.int()) })),
  periods: z.nullable(z.object({ current: z.nullable(z.string()), previous: z.nullable(z.string()) })),
});
export type PlanItem = z.infer<typeof planItem>;

export const planReport = z.object({
  ...reportMeta,
  /** The 年度 of the figures (決算期 closing in it) and of the targets: the period's, or the one its first day falls in. */
  fiscalYear: z.int(),
  /** Targets are the organisation's: none when the report is one advisor's work. */
  targetsApply: z.boolean(),
  indicators: z.array(
    z.object({
      indicator: z.enum(PLAN_INDICATORS),
      actual: z.int(),
      target: z.nullable(z.int()),
      /** actual / target in %, one decimal; null without a target (or a target of 0). */
      attainment: z.nullable(z.number()),
      items: z.array(planItem),
    }),
  ),
  /** 売上・粗利 of the businesses given 事業計画策定 or フォローアップ in the period. */
  trends: z.object({
    businesses: z.int(),
    sales: z.array(z.object({ trend: z.enum(TRENDS), businesses: z.int(), items: z.array(planItem) })),
    grossProfit: z.array(z.object({ trend: z.enum(TRENDS), businesses: z.int(), items: z.array(planItem) })),
  }),
});
export type PlanReport = z.infer<typeof planReport>;
