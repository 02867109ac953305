/** Limits a person would expect; the schemas enforce them on both sides. */
export const LIMITS = {
  /** 講習会・セミナー: participants of one session. */
  seminarParticipants: 100_000,
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
  /** Yen of an application (申請額・採択額), an expert's 謝金 or a deal (成約額): up to 100億円. */
  yenAmount: 10_000_000_000,
  /** Yen of a business's yearly figures (売上高・売上総利益・営業利益): up to 1兆円 either way. */
  yenFigure: 1_000_000_000_000,
  /** Visits of one 専門家派遣 (a series of visits over months, not years). */
  visitsPerDispatch: 30,
  /** Hours of one visit. */
  visitHours: 24,
  /** 商談件数・成約件数 of one 出展 or 商談会. */
  dealCount: 10_000,
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
  /** An import of a whole 会員名簿 (shared/business-import.ts: up to 20,000 lines). */
  importBodyBytes: 12 * 1024 * 1024,
  otherBodyBytes: 64 * 1024,
} as const;
