import * as z from 'zod/mini';
import { DISASTER_CERTIFICATES, JOB_TITLES, RECOVERY_STATES } from './enums';
import { REPORT_SCOPES } from './report-queries';

/**
 * What the reports of /v1/reports answer (docs/api.md "Reports"; what they are asked:
 * report-queries.ts). Every figure comes with what lists the records behind it (ids the page
 * turns into names and links, or a drill-down query).
 */

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
