import * as z from 'zod/mini';
import { APPLICATION_RESULTS, DISPATCH_SCHEMES, EXPERT_PAYERS, SUPPORT_MEASURES } from './enums';
import { advisorRef, reportMeta } from './reports';

/**
 * The reports of the support records (docs/api.md "補助金" and "専門家派遣"): 補助金・融資
 * applications by 施策, 公募回 and advisor, and 専門家派遣 by who paid, scheme and theme. Each
 * lists the records behind its figures (by name, never by id alone).
 */

/** What a set of applications came to. 採択率 = 採択 / (採択 + 不採択): 取下げ and 結果待ち are not decided. */
export const applicationTally = z.object({
  applications: z.int(),
  adopted: z.int(),
  notAdopted: z.int(),
  withdrawn: z.int(),
  pending: z.int(),
  /** % with one decimal; null when none is decided yet. */
  adoptionRate: z.nullable(z.number()),
  /** 申請額 and 採択額 totals (yen); an amount not entered adds nothing. */
  requestedAmount: z.int(),
  adoptedAmount: z.int(),
  /** The applications counted (ids of `applications`). */
  ids: z.array(z.string()),
});
export type ApplicationTally = z.infer<typeof applicationTally>;

/** 補助金: the period's applications by 申請日 (an application without one is in no period). */
export const subsidiesReport = z.object({
  ...reportMeta,
  total: applicationTally,
  /** 施策; その他 apart for each 施策名. */
  byMeasure: z.array(z.extend(applicationTally, { measure: z.enum(SUPPORT_MEASURES), measureName: z.string() })),
  /** 公募回 within its 施策 ('' : not entered). */
  byRound: z.array(z.extend(applicationTally, { measure: z.enum(SUPPORT_MEASURES), measureName: z.string(), round: z.string() })),
  /** The advisor who supported it; null: not named. */
  byAdvisor: z.array(z.extend(applicationTally, { advisor: z.nullable(advisorRef) })),
  /** マル経融資 applications of the period with the chamber's 推薦. */
  marukeiRecommended: z.object({ count: z.int(), ids: z.array(z.string()) }),
  applications: z.array(
    z.object({
      applicationId: z.string(),
      businessId: z.string(),
      businessName: z.string(),
      measure: z.enum(SUPPORT_MEASURES),
      measureName: z.string(),
      round: z.string(),
      appliedOn: z.string(),
      result: z.enum(APPLICATION_RESULTS),
      requestedAmount: z.nullable(z.int()),
      adoptedAmount: z.nullable(z.int()),
      advisor: z.nullable(advisorRef),
      recommended: z.boolean(),
    }),
  ),
});
export type SubsidiesReport = z.infer<typeof subsidiesReport>;

/** What a set of dispatches came to in the period. */
export const dispatchTally = z.object({
  dispatches: z.int(),
  /** 実数 of businesses. */
  businesses: z.int(),
  /** Visits in the period and their hours (a visit without hours adds none). */
  visits: z.int(),
  hours: z.number(),
  /** 謝金 (yen) of the dispatches whose last visit is in the period: each counted once. */
  fee: z.int(),
  ids: z.array(z.string()),
});
export type DispatchTally = z.infer<typeof dispatchTally>;

/** 専門家派遣: dispatches with a visit in the period. */
export const dispatchReport = z.object({
  ...reportMeta,
  total: dispatchTally,
  /** Who paid the expert; `unspecified`: not entered. */
  byPayer: z.array(z.extend(dispatchTally, { key: z.union([z.enum(EXPERT_PAYERS), z.literal('unspecified')]) })),
  /** The scheme; その他 apart for each name. */
  byScheme: z.array(z.extend(dispatchTally, { scheme: z.enum(DISPATCH_SCHEMES), schemeName: z.string() })),
  /** The theme as written ('' : none, or withheld: it came from a 機微 consultation). */
  byTheme: z.array(z.extend(dispatchTally, { theme: z.string(), withheld: z.boolean() })),
  dispatches: z.array(
    z.object({
      dispatchId: z.string(),
      businessId: z.string(),
      businessName: z.string(),
      paidBy: z.nullable(z.enum(EXPERT_PAYERS)),
      scheme: z.enum(DISPATCH_SCHEMES),
      schemeName: z.string(),
      expertName: z.string(),
      /** Empty and `themeWithheld` when the dispatch came from a 機微 consultation. */
      theme: z.string(),
      themeWithheld: z.boolean(),
      /** Visits in the period: their dates, count and hours. */
      visitDates: z.array(z.string()),
      hours: z.number(),
      /** The 謝金 when it counts in the period (its last visit is in it), else null. */
      fee: z.nullable(z.int()),
      lastVisit: z.string(),
    }),
  ),
});
export type DispatchReport = z.infer<typeof dispatchReport>;
