/**
 * Code values stored in records. Labels a person sees live in the extension's
 * locale files, keyed by these codes; the codes never change once shipped.
 */
export const ROLES = ['advisor', 'manager', 'admin'] as const;
/** 相談方法: 窓口 / 巡回 / 電話 / オンライン / メール / 専門家同行 / セミナー・個別相談会 */
export const CHANNELS = ['counter', 'visit', 'phone', 'online', 'email', 'expert_visit', 'seminar'] as const;
/** 事業区分: 経営改善普及事業 / 一般事業 / よろず / 専門家派遣 (国・県・市) */
export const PROGRAMMES = ['kaizen_fukyu', 'general', 'yorozu', 'expert_national', 'expert_prefecture', 'expert_city'] as const;
/** カルテ状態: 相談 → 継続 → 伴走 → フォロー → 終結 */
export const KARTE_STATUSES = ['consulting', 'continuing', 'banso', 'follow_up', 'closed'] as const;
/** 終結理由: 自走化 / 廃業 / 移管 */
export const CLOSE_REASONS = ['self_running', 'closed_business', 'transferred'] as const;
/** 法人 / 個人 / 創業予定 */
export const LEGAL_FORMS = ['corporation', 'sole_proprietor', 'pre_startup'] as const;
export const MEMBERSHIPS = ['member', 'non_member', 'unknown'] as const;
/** 次の行動の担い手: 経営者側 / 支援者側 */
export const ACTION_SIDES = ['owner', 'advisor'] as const;

/**
 * 職種 of an advisor: 経営指導員 / 経営支援員 / 補助員 / 記帳専任職員 / 専門家 / コーディネーター / 事務局.
 * An advisor without one (created before it was kept) shows as 未設定.
 */
export const JOB_TITLES = [
  'business_advisor', 'support_officer', 'assistant', 'bookkeeping_staff', 'expert', 'coordinator', 'secretariat',
] as const;
/** 支援機関の種別: 商工会議所 / 商工会 / よろず支援拠点 / 連合会 / 中央会 / その他 */
export const ORG_KINDS = [
  'chamber_of_commerce', 'society_of_commerce', 'yorozu', 'federation', 'central_association', 'other',
] as const;
/** The 47 都道府県 in the order of their JIS X 0401 codes (01 北海道 … 47 沖縄県). */
export const PREFECTURES = [
  'hokkaido', 'aomori', 'iwate', 'miyagi', 'akita', 'yamagata', 'fukushima',
  'ibaraki', 'tochigi', 'gunma', 'saitama', 'chiba', 'tokyo', 'kanagawa',
  'niigata', 'toyama', 'ishikawa', 'fukui', 'yamanashi', 'nagano',
  'gifu', 'shizuoka', 'aichi', 'mie',
  'shiga', 'kyoto', 'osaka', 'hyogo', 'nara', 'wakayama',
  'tottori', 'shimane', 'okayama', 'hiroshima', 'yamaguchi',
  'tokushima', 'kagawa', 'ehime', 'kochi',
  'fukuoka', 'saga', 'nagasaki', 'kumamoto', 'oita', 'miyazaki', 'kagoshima', 'okinawa',
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

/** Roles are cumulative: a manager can do what an advisor can, an admin what a manager can. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
