/**
 * Japanese strings of colleagues, roles and the organisation (issue 12): advisors by name,
 * 同席, joining with an invitation code, and the 組織の管理 page. Spread into ja.ts; en-org.ts
 * has the same keys. Roles read as the office says them: admin = システム管理者, manager = 管理職.
 */
export const jaOrg = {
  'advisor.unknown': '不明な支援者',
  'advisor.disabled': '{name}（無効）',
  'timeline.coAdvisors': '同席: {names}',
  'tags.deleted': '（削除されたタグ）',
  'coAdvisors.legend': '同席した支援者',
  'coAdvisors.filter': '同席者を名前で絞り込む',
  'coAdvisors.noMatch': 'その名前の支援者はいません',
  'coAdvisors.full': '同席者は{max}人まで選べます',
} as const;
