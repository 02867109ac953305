import { addMonths, jstDateOf } from './fiscal-year';

/**
 * 特定創業支援等事業 (産業競争力強化法): the 市区町村 certifies a founder who was supported in
 * at least 4 sessions over at least 1 month, covering all four areas — 経営, 財務, 人材育成 and
 * 販路開拓. The certificate halves the 登録免許税 only if it comes before the 設立登記, so a
 * founder whose registration is near without one is flagged.
 *
 * "Over at least 1 month" is read on the calendar, in Japan's time: the last session falls on or
 * after the same day of the next month as the first (4月1日 → 5月1日 qualifies, 4月30日 does not;
 * 1月1日 → 1月31日 is 30 days and does not, 2月1日 is 31 days and does). A month without that day
 * ends on its last day (1月31日 → 2月28日).
 *
 * Which tags count for which area is the organisation's (a 創業塾 series has its own tags);
 * 金融・税務・経理 count as 財務 by default. Pure: no I/O, no zod.
 */
export const STARTUP_AREAS = ['management', 'finance', 'hr', 'sales'] as const;
export type StartupArea = (typeof STARTUP_AREAS)[number];
export type StartupAreaTags = { readonly [A in StartupArea]: readonly string[] };

export const DEFAULT_STARTUP_AREA_TAGS: StartupAreaTags = {
  management: ['topic-general', 'topic-startup', 'topic-innovation', 'plan-analysis', 'plan-business-plan', 'lbm-owner', 'lbm-business'],
  finance: ['topic-finance', 'topic-tax', 'topic-bookkeeping', 'lbm-financial', 'measure-marukei', 'measure-seido-yushi'],
  hr: ['topic-hr', 'topic-labour'],
  sales: ['topic-sales', 'plan-demand-survey', 'plan-new-demand', 'lbm-environment', 'lbm-flow'],
};

/** One value per area, in the areas' order. */
export const byArea = <T>(f: (area: StartupArea) => T): Record<StartupArea, T> => ({
  management: f('management'),
  finance: f('finance'),
  hr: f('hr'),
  sales: f('sales'),
});

export const STARTUP_RULE = { sessions: 4, months: 1 } as const;
/** Days before the planned 設立登記 from which a founder without a certificate is flagged. */
export const REGISTRATION_WARNING_DAYS = 30;

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export interface StartupSession {
  id: string;
  heldAt: string;
  tagIds: readonly string[];
  deleted?: boolean;
}

export interface StartupFounder {
  registrationPlannedOn: string | null;
  certificateIssuedOn: string | null;
  foundedOn: string | null;
}

export interface StartupAssessment {
  /** Sessions counted (deleted ones never), oldest first. */
  sessionIds: string[];
  firstDate: string | null;
  lastDate: string | null;
  /** The first date a session would complete the month (null before any session). */
  monthFrom: string | null;
  monthMet: boolean;
  /** The sessions covering each area. */
  areas: Record<StartupArea, string[]>;
  missingAreas: StartupArea[];
  sessionsMissing: number;
  qualified: boolean;
  /** The 設立登記 is within REGISTRATION_WARNING_DAYS (or past) and no certificate is recorded. */
  registrationWarning: boolean;
  /** Days from today to the planned 設立登記 (negative: past), if planned. */
  daysToRegistration: number | null;
}

/** Where a founder stands against the 特定創業支援 rule, as of `today` ('YYYY-MM-DD', Japan). */
export function assessStartup(
  sessions: readonly StartupSession[],
  founder: StartupFounder,
  today: string,
  areaTags: StartupAreaTags = DEFAULT_STARTUP_AREA_TAGS,
): StartupAssessment {
  const counted = sessions
    .filter((s) => !s.deleted)
    .map((s) => ({ s, date: jstDateOf(s.heldAt), ms: Date.parse(s.heldAt) }))
    .sort((a, b) => a.ms - b.ms);
  const areas = byArea<string[]>(() => []);
  for (const { s } of counted) {
    for (const area of STARTUP_AREAS) if (s.tagIds.some((t) => areaTags[area].includes(t))) areas[area].push(s.id);
  }
  const firstDate = counted[0]?.date ?? null;
  const lastDate = counted.at(-1)?.date ?? null;
  const monthFrom = firstDate && addMonths(firstDate, STARTUP_RULE.months);
  const monthMet = monthFrom !== null && lastDate !== null && lastDate >= monthFrom;
  const missingAreas = STARTUP_AREAS.filter((a) => areas[a].length === 0);
  const sessionsMissing = Math.max(0, STARTUP_RULE.sessions - counted.length);
  const daysToRegistration = founder.registrationPlannedOn ? daysBetween(today, founder.registrationPlannedOn) : null;
  const registrationWarning =
    daysToRegistration !== null &&
    founder.certificateIssuedOn === null &&
    founder.foundedOn === null &&
    daysToRegistration <= REGISTRATION_WARNING_DAYS;
  return {
    sessionIds: counted.map(({ s }) => s.id),
    firstDate,
    lastDate,
    monthFrom,
    monthMet,
    areas,
    missingAreas,
    sessionsMissing,
    qualified: sessionsMissing === 0 && monthMet && missingAreas.length === 0,
    registrationWarning,
    daysToRegistration,
  };
}
