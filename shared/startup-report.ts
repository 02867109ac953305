import * as z from 'zod/mini';
import { advisorRef, reportMeta } from './reports';
import { STARTUP_AREAS } from './startup-support';

/**
 * 特定創業支援 (docs/api.md "GET /v1/reports/startup"): every founder in reach with their sessions
 * and where they stand against the rule of shared/startup-support.ts, as of the report's day.
 * A session carries its date, the areas it covered and who gave it: never a consultation's text
 * or tags (a 機微 one counts like any other, and shows no more than the rule needs).
 */

const date = z.string();
const area = z.enum(STARTUP_AREAS);

export const startupSession = z.object({
  consultationId: z.string(),
  /** JST date. */
  date,
  /** The areas the session covered, by the organisation's mapping of tags, in the areas' order. */
  areas: z.array(area),
  /** The author first, then 同席. */
  advisors: z.array(advisorRef),
  /** Held in the report's period (and of the 事業区分 asked for). */
  inPeriod: z.boolean(),
});
export type StartupSessionRow = z.infer<typeof startupSession>;

export const startupFounderRow = z.object({
  founderId: z.string(),
  name: z.string(),
  nameKana: z.string(),
  /** The karte the founder is recorded on; null: recorded before any karte. */
  businessId: z.nullable(z.string()),
  businessName: z.nullable(z.string()),
  plannedBusiness: z.string(),
  plannedStart: z.string(),
  /** The 市区町村 that issues the 証明書. */
  municipality: z.string(),
  registrationPlannedOn: z.nullable(date),
  certificateNumber: z.string(),
  certificateIssuedOn: z.nullable(date),
  foundedOn: z.nullable(date),
  /** Every live session of the founder, oldest first, whenever held: the rule counts them all. */
  sessions: z.array(startupSession),
  sessionsInPeriod: z.int(),
  firstDate: z.nullable(date),
  lastDate: z.nullable(date),
  /** The first day a session completes the month (null before any session). */
  monthFrom: z.nullable(date),
  monthMet: z.boolean(),
  missingAreas: z.array(area),
  sessionsMissing: z.int(),
  qualified: z.boolean(),
  /** The 設立登記 is within `rule.warningDays` (or past) and neither a 証明書 nor the start-up is recorded. */
  registrationWarning: z.boolean(),
  daysToRegistration: z.nullable(z.int()),
});
export type StartupFounderRow = z.infer<typeof startupFounderRow>;

export const startupReport = z.object({
  ...reportMeta,
  /** 支援機関名 as the 支援実績 sheet names it: the organisation's name. */
  supportOrganisation: z.string(),
  rule: z.object({ sessions: z.int(), months: z.int(), warningDays: z.int() }),
  /** Whose mapping of tags to the four areas counted: the organisation's own or the standard one. */
  areaMapping: z.enum(['organisation', 'standard']),
  /** Registration-near ones first (soonest first), then by reading. */
  founders: z.array(startupFounderRow),
});
export type StartupReport = z.infer<typeof startupReport>;
