import type { SearchFilters } from '../../extension/search/index.ts';

/**
 * Fifty queries an advisor would type: topics, phrases from inside sentences, names and kana,
 * 法人番号 and external-ID prefixes, one-character queries, half/full-width and hiragana
 * variants, several terms, and filtered searches. `{karte}` is replaced by a business id.
 */
export const QUERIES: ReadonlyArray<readonly [string, SearchFilters?]> = [
  ['資金繰り'], ['価格転嫁'], ['事業承継'], ['インボイス'], ['補助金'], ['人手不足'], ['販路開拓'], ['創業'],
  ['いんぼいす'], ['ｲﾝﾎﾞｲｽ'], ['ＰＯＳレジ'], ['pos'], ['ＮＣ旋盤'], ['ベーカリー'], ['ﾍﾞｰｶﾘｰ'],
  ['みなと製作所'], ['みなと'], ['かなざわ'], ['ヤマダ'], ['株式会社北陸'], ['丸一工業'], ['ＡＢＣ'], ['abc商店'],
  ['22000'], ['BZ0273'], ['bz12'], ['T-0012'],
  ['金'], ['承'], ['罹災証明書'], ['なりわい再建'], ['リスケジュール'], ['下請かけこみ寺'], ['適格請求書発行事業者'],
  ['息子には継いでほしい'], ['通帳の残高'], ['属人化'], ['原価計算 粗利'], ['資金繰り 信用金庫'], ['値上げ 取引先 不安'],
  ['存在しない言葉'], ['２０％'], ['20%'],
  ['資金繰り', { from: '2025-04-01', to: '2026-03-31' }],
  ['補助金', { tagIds: ['measure-jizokuka'] }],
  ['価格転嫁', { channels: ['visit'], programmes: ['kaizen_fukyu'] }],
  ['事業承継', { statuses: ['banso'] }],
  ['相談', { includeSensitive: true }],
  ['課題', { kinds: ['consultation'], from: '2024-01-01', to: '2024-12-31' }],
  ['資金', { businessId: '{karte}' }],
];
