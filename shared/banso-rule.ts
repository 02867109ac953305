/**
 * When the karte suggests 伴走支援 (issue 12), as the organisation tunes it. Nobody can tell at
 * intake which case becomes 伴走, so the advisor is only ever offered the change. Repetition alone
 * is not 伴走: monthly 記帳指導 or 確定申告 season 税務 visits are 経営改善普及 routine, however
 * many. What shows 伴走 is a 本質的課題 being worked on, the owner's own words and insight, steps
 * and barriers, and turning points such as 事業承継, 事業再構築 and 被災 — so the rule counts those
 * signals over the consultations that are not routine, within a window.
 *
 * The organisation (a 管理職 or the システム管理者, on the organisation page) sets the numbers and
 * which 相談分野 are routine and which tags are turning points; every device gets the rule with the
 * directory. No schema here (zod stays out of the side panel's start): shared/api.ts has it.
 */
export interface BansoRule {
  /** Consultations that are not routine, within the window. */
  consultations: number;
  /** The window, from the first to the last of them. */
  months: number;
  /** Different signals of 伴走 among them (extension/karte/banso-suggestion.ts BANSO_SIGNALS). */
  signals: number;
  /** 相談分野 that are routine work: a consultation on these alone, with no signal, does not count. */
  routineTagIds: readonly string[];
  /** Tags that are a turning point in themselves (事業承継, 事業再構築, 被災, 事業再生). */
  triggerTagIds: readonly string[];
}

export const DEFAULT_BANSO_RULE: BansoRule = {
  consultations: 3,
  months: 6,
  signals: 2,
  routineTagIds: ['topic-bookkeeping', 'topic-tax'],
  triggerTagIds: ['topic-succession', 'measure-saikouchiku', 'event-disaster', 'topic-turnaround'],
};

/** The range of each number an organisation may set (the form and the schema both use these). */
export const BANSO_RULE_RANGES = {
  consultations: { min: 2, max: 12 },
  months: { min: 1, max: 24 },
  signals: { min: 1, max: 5 },
} as const;

/** Tags a rule may name, per list. */
export const BANSO_RULE_MAX_TAGS = 100;
