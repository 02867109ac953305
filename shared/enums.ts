/**
 * Code values stored in records. Labels a person sees live in the extension's
 * locale files, keyed by these codes; the codes never change once shipped.
 */
export const ROLES = ['advisor', 'manager', 'admin'] as const;
/**
 * 相談方法: 窓口 / 巡回 / 電話 / オンライン / メール / 専門家同行 / 講習会・セミナー / 個別相談会.
 * `seminar` (セミナー・個別相談会, protocol ≤ 2) mixed group instruction with individual
 * consultation, which are reported apart: it is no longer offered, and migrates to
 * `consultation_event` (a consultation record is one business's, so an individual one).
 */
export const CHANNELS = [
  'counter',
  'visit',
  'phone',
  'online',
  'email',
  'expert_visit',
  'seminar',
  'seminar_group',
  'consultation_event',
] as const;
/** The 相談方法 a new record may take. */
export const CHANNEL_CHOICES = [
  'counter',
  'visit',
  'phone',
  'online',
  'email',
  'expert_visit',
  'seminar_group',
  'consultation_event',
] as const;
/**
 * 事業区分: how the advisor's work is funded — 経営改善普及事業 / 一般事業 / 受託事業（国・県・市町村）/
 * 経営発達支援事業. The codes of protocol ≤ 2 mixed in who paid an expert (expert_*) and an
 * organisation (yorozu: よろず支援拠点 is an organisation kind): those now migrate to
 * `expertPaidBy` (or nothing) and are no longer offered (shared/protocol-compat.ts).
 */
export const PROGRAMMES = [
  'kaizen_fukyu',
  'general',
  'yorozu',
  'expert_national',
  'expert_prefecture',
  'expert_city',
  'commissioned',
  'development_plan',
] as const;
/** The 事業区分 a new record may take. */
export const PROGRAMME_CHOICES = ['kaizen_fukyu', 'general', 'commissioned', 'development_plan'] as const;
/** Who paid a dispatched expert (専門家派遣): 国 / 県 / 市町村 / 自主 / なし. */
export const EXPERT_PAYERS = ['national', 'prefecture', 'municipality', 'self', 'none'] as const;
/** カルテ状態: 初回相談 → 継続相談 → 伴走支援中 → フォローアップ → 支援終了 */
export const KARTE_STATUSES = ['consulting', 'continuing', 'banso', 'follow_up', 'closed'] as const;
/** 支援終了の理由: 自走化 / 廃業 / 他機関へ引継ぎ / 事業譲渡・承継完了 / 支援中断 / 管外移転 */
export const CLOSE_REASONS = ['self_running', 'closed_business', 'transferred', 'business_transferred', 'suspended', 'moved_out'] as const;
/** 法人 / 個人 / 創業予定 */
export const LEGAL_FORMS = ['corporation', 'sole_proprietor', 'pre_startup'] as const;
export const MEMBERSHIPS = ['member', 'non_member', 'unknown'] as const;
/** 次の行動の担当: 経営者側 / 支援者側 */
export const ACTION_SIDES = ['owner', 'advisor'] as const;
/** 罹災証明: 未申請 / 申請中 / 交付済み */
export const DISASTER_CERTIFICATES = ['not_applied', 'applied', 'issued'] as const;
/** 被災からの再建の状況: 営業継続 / 再建中 / 再建済み / 休業中 / 廃業 */
export const RECOVERY_STATES = ['operating', 'rebuilding', 'rebuilt', 'suspended', 'closed'] as const;
/** 後継者の有無: あり（親族）/ あり（従業員）/ あり（第三者）/ 未定 / なし */
export const SUCCESSORS = ['family', 'employee', 'third_party', 'undecided', 'none'] as const;
/** 事業承継・引継ぎ支援センターへの紹介: 済 / 未 */
export const SUCCESSION_REFERRALS = ['referred', 'not_referred'] as const;
/**
 * 施策 of a 補助金・融資 application: 持続化補助金 / 持続化補助金〈創業型〉/ 持続化補助金（災害支援枠）/
 * 事業再構築補助金 / ものづくり補助金 / IT導入補助金 / 事業承継・引継ぎ補助金 / なりわい再建補助金 /
 * マル経融資（小規模事業者経営改善資金）/ その他 (its name in `measureName`).
 */
export const SUPPORT_MEASURES = [
  'jizokuka',
  'jizokuka_sogyo',
  'jizokuka_saigai',
  'saikochiku',
  'monozukuri',
  'it_donyu',
  'jigyo_shokei',
  'nariwai',
  'marukei',
  'other',
] as const;
/** 結果 of an application: 結果待ち / 採択 / 不採択 / 取下げ. */
export const APPLICATION_RESULTS = ['pending', 'adopted', 'not_adopted', 'withdrawn'] as const;
/** The scheme an expert came through: ミラサポplus専門家派遣 / よろず支援拠点 / 県の専門家派遣 / 市町村の事業 / 自主事業 / その他 (named in `schemeName`). */
export const DISPATCH_SCHEMES = ['mirasapo', 'yorozu', 'prefecture', 'municipality', 'own', 'other'] as const;
/** 需要開拓 events: 出展（展示会・物産展）/ 商談会 / その他. */
export const DEMAND_EVENT_KINDS = ['exhibition', 'business_meeting', 'other'] as const;

/**
 * External systems a business is registered in, offered as a list on the karte. An external ID's
 * `system` stays free text (site rules and older records name others, such as a prefecture's
 * portal): these are the stored strings of the systems everyone uses.
 */
export const EXTERNAL_SYSTEMS = ['BIZミル', 'TOAS', 'よろず支援拠点の相談システム', '中小機構', 'kintone'] as const;

/**
 * 職種 of an advisor: 経営指導員 / 経営支援員 / 補助員 / 記帳専任職員 / 専門家 / コーディネーター / 事務局.
 * An advisor without one (created before it was kept) shows as 未設定.
 */
export const JOB_TITLES = [
  'business_advisor',
  'support_officer',
  'assistant',
  'bookkeeping_staff',
  'expert',
  'coordinator',
  'secretariat',
] as const;
/** 支援機関の種別: 商工会議所 / 商工会 / よろず支援拠点 / 連合会 / 中央会 / その他 */
export const ORG_KINDS = ['chamber_of_commerce', 'society_of_commerce', 'yorozu', 'federation', 'central_association', 'other'] as const;
/** The 47 都道府県 in the order of their JIS X 0401 codes (01 北海道 … 47 沖縄県). */
export const PREFECTURES = [
  'hokkaido',
  'aomori',
  'iwate',
  'miyagi',
  'akita',
  'yamagata',
  'fukushima',
  'ibaraki',
  'tochigi',
  'gunma',
  'saitama',
  'chiba',
  'tokyo',
  'kanagawa',
  'niigata',
  'toyama',
  'ishikawa',
  'fukui',
  'yamanashi',
  'nagano',
  'gifu',
  'shizuoka',
  'aichi',
  'mie',
  'shiga',
  'kyoto',
  'osaka',
  'hyogo',
  'nara',
  'wakayama',
  'tottori',
  'shimane',
  'okayama',
  'hiroshima',
  'yamaguchi',
  'tokushima',
  'kagawa',
  'ehime',
  'kochi',
  'fukuoka',
  'saga',
  'nagasaki',
  'kumamoto',
  'oita',
  'miyazaki',
  'kagoshima',
  'okinawa',
] as const;
/** The 年度 starts in April (reports count April–March). */
export const FISCAL_YEAR_START_MONTH = 4;

export type Role = (typeof ROLES)[number];
export type JobTitle = (typeof JOB_TITLES)[number];
export type OrgKind = (typeof ORG_KINDS)[number];
export type Prefecture = (typeof PREFECTURES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Programme = (typeof PROGRAMMES)[number];
export type KarteStatus = (typeof KARTE_STATUSES)[number];
export type DisasterCertificate = (typeof DISASTER_CERTIFICATES)[number];
export type RecoveryState = (typeof RECOVERY_STATES)[number];
export type Successor = (typeof SUCCESSORS)[number];
export type SuccessionReferral = (typeof SUCCESSION_REFERRALS)[number];
export type ExternalSystem = (typeof EXTERNAL_SYSTEMS)[number];
export type SupportMeasure = (typeof SUPPORT_MEASURES)[number];
export type ApplicationResult = (typeof APPLICATION_RESULTS)[number];
export type DispatchScheme = (typeof DISPATCH_SCHEMES)[number];
export type DemandEventKind = (typeof DEMAND_EVENT_KINDS)[number];
export type ExpertPayer = (typeof EXPERT_PAYERS)[number];

/** Roles are cumulative: a manager can do what an advisor can, an admin what a manager can. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
