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

  'options.join': '招待コードで参加',
  'options.joinHelp': '管理者から招待コード（例: ABCD-EFGH）を受け取ったときは、上のサーバーURLとこのコードを入れて「参加する」を押してください。APIトークンは自動で設定され、画面には表示されません。コードは1回だけ、発行から{hours}時間使えます。',
  'options.inviteCode': '招待コード',
  'options.joinButton': '参加する',
  'options.joining': '参加の手続きをしています…',
  'options.noInviteCode': '招待コードを入力してください',
  'options.inviteMalformed': '招待コードは「ABCD-EFGH」のような英数字8文字です（0・O・1・I は使いません）。受け取ったコードを確かめてください',
  'options.joinFailed': '参加できませんでした: {message}',
  'options.tokenSection': 'APIトークンで接続',
  'options.orgHeading': '組織の管理',
  'options.orgLinkAdmin': '職員・招待・組織情報・タグの管理を開く',
  'options.orgLinkManager': 'タグの管理を開く',
} as const;
