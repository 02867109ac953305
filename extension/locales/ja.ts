import { jaFirstPaint } from './ja-first-paint';
import { jaBusiness } from './ja-business';
import { jaExport } from './ja-export';
import { jaCapture } from './ja-capture';
import { jaKarte } from './ja-karte';
import { jaKarteEdit } from './ja-karte-edit';
import { jaModel } from './ja-model';
import { jaProfile } from './ja-profile';
import { jaOrg } from './ja-org';
import { jaReports } from './ja-reports';
import { jaPlanReports } from './ja-plan-reports';
import { jaSearch } from './ja-search';
import { jaSupport } from './ja-support';
import { jaSync } from './ja-sync';
import { jaStartup } from './ja-startup';
import { jaImport } from './ja-import';
import { jaPartners } from './ja-partners';

/**
 * Japanese UI strings (the default language). Every visible string lives here and in en.ts,
 * which must have exactly the same keys. `{name}` marks a value filled in by `t()`.
 */
export const ja = {
  'common.save': '保存',
  'common.cancel': 'キャンセル',
  'common.edit': '編集',
  'common.delete': '削除',
  'common.undo': '元に戻す',
  'common.dateTime': '{date} {time}',
  'common.listSeparator': '、',

  'capture.openPanel': 'サイドパネルで開く',

  'business.search': '記録する事業者（支援先の事業者）',
  'business.searchPlaceholder': '記録する事業者を選ぶ…（名前・フリガナ・法人番号）',
  'business.results': '事業者の検索結果',
  'business.recent': '最近の事業者',
  'business.noResults': '該当する事業者はありません',
  'business.create': '「{name}」を新しい事業者として登録',
  'business.selected': '記録する事業者',
  'business.change': '記録する事業者を変更',
  'business.none': '事業者が選ばれていません',
  'business.corporateNumber': '法人番号 {number}',

  'field.heldAt': '相談日時',
  'field.duration': '所要時間（分）',
  'field.channel': '相談方法',
  'field.programme': '事業区分',
  'field.programmeNone': '未選択',
  'field.personMet': '面談相手（代表者・後継者など）',
  'field.ownerWords': '経営者の言葉',
  'field.advice': '助言・支援内容',
  'field.insight': '経営者の気づき',
  'field.essentialIssue': '本質的課題',
  'field.sensitive': '機微情報を含む（健康・家族・債務など）',

  'editor.newTitle': '新しい相談記録',
  'editor.editTitle': '相談記録を編集',
  'editor.more': '詳しく記録する（面談相手・同席者・経営者の言葉・助言・経営者の気づき・本質的課題・次の行動）',
  'editor.save': '保存',
  'editor.saveChanges': '変更を保存',
  'editor.shortcut': 'Ctrl+Enter（Mac は ⌘+Enter）で保存',
  'editor.cancelEdit': '編集をやめる',
  'editor.source': '記録するページ',
  'editor.sourceNone': 'ウェブページなし',
  'editor.draftRestored': '前回の下書きを復元しました',
  'editor.emptyNote': 'メモが空です。相談内容・経営者の言葉・助言・経営者の気づき・本質的課題のどれかを入力してから保存してください。',
  'editor.noBusiness': '事業者を選ぶか、新しく登録してから保存してください。',
  'editor.invalid': '保存できませんでした: {message}',
  'editor.gone': 'この相談記録は削除されているため保存できません',
  'editor.saved': '保存しました',
  'editor.updated': '変更を保存しました',
  'editor.savedSummary': '{business} ／ {when} ／ {channel}',

  'actions.legend': '次の行動',
  'actions.row': '次の行動 {n}',
  'actions.add': '次の行動を追加',
  'actions.side': '担当',
  'actions.text': '次の行動の内容',
  'actions.due': '期日',
  'actions.remove': 'この行動を削除',
  'actions.open': '未完了の次の行動',
  'actions.none': '未完了の次の行動はありません',
  'actions.markDone': '完了にする: {text}',
  'actions.dueOn': '期日 {date}',
  'actions.overdue': '期日超過',

  'tags.label': 'タグ',
  'tags.search': 'タグを検索',
  'tags.searchPlaceholder': '例: 金融、事業承継',
  'tags.showAll': 'すべてのタグを表示',
  'tags.hideAll': 'タグの一覧を閉じる',
  'tags.remove': 'タグ「{name}」を外す',
  'tags.noMatch': '一致するタグはありません',
  'tags.selected': '選択中のタグ',

  'karte.header': 'カルテ',
  'karte.status': '状態',
  'karte.industry': '業種',
  'karte.essentialIssue': '本質的課題',
  'karte.essentialIssueNone': 'まだ記録されていません',
  'karte.latest': '最近の相談',
  'karte.noConsultations': 'まだ相談記録はありません',
  'karte.sensitive': '機微情報',
  'sensitive.hiddenText': '機微情報のため表示できません',
  'sensitive.fromSensitive': 'この内容は機微情報の相談から記録されています',
  'karte.source': '記録したページ',
  'karte.editConsultation': 'この相談記録を編集',
  'karte.deleteConsultation': 'この相談記録を削除',
  'karte.deleted': '相談記録を削除しました',
  'karte.restored': '相談記録を元に戻しました',
  'karte.noNote': '（メモなし）',

  'page.current': '表示中のページ',
  'page.none': 'ウェブページではないため、ページは記録されません',
  'page.unknown': 'このタブのページ情報を読み取れません',
  'page.grant': 'ポータルのページ情報の読み取りを許可',
  'page.grantSites': '許可を求めるサイト: {sites}（サイトルールと「使うサイト」の設定から）',
  'page.grantSitesMore': '許可を求めるサイト: {sites} ほか{count}件（サイトルールと「使うサイト」の設定から）',
  'page.grantNone': 'ポータルのページ情報を読み取るには、設定の「サイトルール」か「使うサイト」にそのサイトを登録してください。',
  'page.excluded': 'このサイトは設定で除外されているため、ページは記録されません',

  'menu.quote': '選択したテキストで相談メモを作成',
  'menu.openPanel': 'このページでサイドパネルを開く',
  'menu.denied': 'このサイトでは伴走カルテを使わない設定になっています（設定 → サイトの設定）',

  'options.title': '伴走カルテの設定',
  'options.server': 'サーバーとサインイン',
  'options.serverUrl': 'サーバーURL',
  'options.token': 'APIトークン',
  'options.tokenHelp': 'システム管理者から受け取ったトークン。拡張機能の中だけに保存され、ウェブページからは読めません。',
  'options.saveConnection': 'サーバー設定を保存',
  'options.saved': '保存しました',
  'options.test': '接続テスト',
  'options.testing': '接続を確認しています…',
  'options.testOk': '接続できました: {organisation}（{advisor}）',
  'options.testFailed': '接続できませんでした: {message}',
  'options.testNetwork': 'サーバーに接続できませんでした。URLとネットワークを確認してください。',
  'options.testBadResponse': 'サーバーの応答を読み取れませんでした（HTTP {status}）',
  'options.signedOut': 'APIトークンが保存されていません。設定でトークンを入力するか、招待コードで参加してください。',
  'options.noToken': 'APIトークンを入力してください',
  'options.invalidUrl': 'サーバーURLは http:// または https:// で始まる形式で入力してください',
  'options.insecureUrl':
    'http:// のサーバーURLは保存できません。APIトークンが暗号化されずに送られるためです。https:// で始まるURLを入力してください（http:// を使えるのは、このパソコン上の開発用サーバー 127.0.0.1・localhost だけです）。',
  'options.permissionDenied': 'このサーバーへの接続が許可されませんでした',
  'options.localOnly': 'ローカルのみで使う（サーバーと同期しない）',
  'options.language': '表示言語',
  'options.sites': 'サイトの設定',
  'options.sitesHelp': '右クリックメニューとページの紐づけを使うサイト。1行に1つ、ホスト名で（例: bizmil.example.jp、*.cybozu.com）。',
  'options.allow': '使うサイト（空ならすべてのサイト）',
  'options.deny': '使わないサイト（こちらが優先）',
  'options.saveSites': 'サイトの設定を保存',
  'options.tags': '組織のタグ（ここでは表示のみ。追加・変更は管理職とシステム管理者が「組織の管理」で行います）',

  'lang.ja': '日本語',
  'lang.en': 'English',

  'channel.counter': '窓口',
  'channel.visit': '巡回',
  'channel.phone': '電話',
  'channel.online': 'オンライン',
  'channel.email': 'メール',
  'channel.expert_visit': '専門家同行',
  'channel.seminar': 'セミナー・個別相談会（旧区分）',

  'programme.kaizen_fukyu': '経営改善普及事業',
  'programme.general': '一般事業',
  'programme.yorozu': 'よろず（旧区分）',
  'programme.expert_national': '専門家派遣（国）（旧区分）',
  'programme.expert_prefecture': '専門家派遣（県）（旧区分）',
  'programme.expert_city': '専門家派遣（市）（旧区分）',

  'status.consulting': '初回相談',
  'status.continuing': '継続相談',
  'status.banso': '伴走支援中',
  'status.follow_up': 'フォローアップ',
  'status.closed': '支援終了',

  'side.owner': '経営者',
  'side.advisor': '支援者',

  'industry.A': '農業，林業',
  'industry.B': '漁業',
  'industry.C': '鉱業，採石業，砂利採取業',
  'industry.D': '建設業',
  'industry.E': '製造業',
  'industry.F': '電気・ガス・熱供給・水道業',
  'industry.G': '情報通信業',
  'industry.H': '運輸業，郵便業',
  'industry.I': '卸売業，小売業',
  'industry.J': '金融業，保険業',
  'industry.K': '不動産業，物品賃貸業',
  'industry.L': '学術研究，専門・技術サービス業',
  'industry.M': '宿泊業，飲食サービス業',
  'industry.N': '生活関連サービス業，娯楽業',
  'industry.O': '教育，学習支援業',
  'industry.P': '医療，福祉',
  'industry.Q': '複合サービス事業',
  'industry.R': 'サービス業（他に分類されないもの）',
  'industry.S': '公務（他に分類されるものを除く）',
  'industry.T': '分類不能の産業',

  ...jaFirstPaint,
  ...jaCapture,
  ...jaKarte,
  ...jaBusiness,
  ...jaKarteEdit,
  ...jaModel,
  ...jaSearch,
  ...jaSync,
  ...jaProfile,
  ...jaOrg,
  ...jaSupport,
  ...jaReports,
  ...jaStartup,
  ...jaImport,
  ...jaPartners,
  ...jaPlanReports,
  ...jaExport,
} as const;

export type MessageKey = keyof typeof ja;
export type Messages = Record<MessageKey, string>;
