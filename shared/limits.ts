/** Limits a person would expect; the schemas enforce them on both sides. */
export const LIMITS = {
  name: 200,
  kana: 200,
  shortText: 100,
  title: 300,
  url: 2048,
  /** One dialogue field (相談内容, 経営者の言葉, …): roughly 20 pages of Japanese text. */
  noteField: 10_000,
  karteText: 4_000,
  statusChanges: 200,
  /** 担当 changes of one business kept (地区担当 changes every April). */
  assignments: 100,
  actionText: 1_000,
  tagName: 40,
  tagsPerConsultation: 30,
  externalIds: 20,
  advisorsPerConsultation: 10,
  mutationsPerPush: 100,
  /** Words of one business search; every one must match. */
  searchTerms: 8,
  pullPageMax: 1_000,
  pullPageDefault: 500,
  /**
   * Record data per pull page: a consultation at its limits is ~150 KB, so 1,000 of them would
   * pass a Worker's 128 MB. A page holds at least one record, however large.
   */
  pullPageBytes: 4 * 1024 * 1024,
  /** Request bodies above this are refused before parsing. */
  pushBodyBytes: 2 * 1024 * 1024,
  otherBodyBytes: 64 * 1024,
} as const;
