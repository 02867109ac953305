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

export type Role = (typeof ROLES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Programme = (typeof PROGRAMMES)[number];
export type KarteStatus = (typeof KARTE_STATUSES)[number];

/** Roles are cumulative: a manager can do what an advisor can, an admin what a manager can. */
export function roleAtLeast(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}
