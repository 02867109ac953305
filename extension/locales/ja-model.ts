/**
 * Japanese strings of the corrected record model (issue 12: 事業区分 split from who paid the
 * expert, 講習会・セミナー apart from 個別相談会, more 終結理由), spread into ja.ts. en-model.ts has the same keys.
 */
export const jaModel = {
  'channel.seminar_group': '講習会・セミナー',
  'channel.consultation_event': '個別相談会',
  'programme.commissioned': '受託事業（国・県・市町村）',
  'programme.development_plan': '経営発達支援事業',
  'field.expertPaidBy': '専門家の費用負担',
  'field.expertPaidByNone': '未選択',
  'field.expertName': '専門家名',
  'expertPaidBy.national': '国',
  'expertPaidBy.prefecture': '県',
  'expertPaidBy.municipality': '市町村',
  'expertPaidBy.self': '自主',
  'expertPaidBy.none': 'なし',
  'timeline.expert': '専門家: {name}（費用負担: {payer}）',
  'timeline.expertNoName': '専門家派遣（費用負担: {payer}）',
  'closeReason.business_transferred': '事業譲渡・承継完了',
  'closeReason.suspended': '支援中断',
  'closeReason.moved_out': '管外移転',
  'assignment.label': '担当',
  'assignment.none': '未設定（登録した支援者: {name}）',
  'assignment.unassigned': '未設定',
  'assignment.change': '担当を変更',
  'assignment.history': '担当の履歴（{count}）',
  'assignment.from': '{date} から {name}',
  'assignment.saved': '担当を「{name}」にしました',
  'assignment.cleared': '担当を未設定にしました',
};
