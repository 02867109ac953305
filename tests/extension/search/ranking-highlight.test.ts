import { describe, expect, it } from 'vitest';
import { FIELD_WEIGHTS } from '../../../extension/search';
import { aBusiness, aConsultation } from '../../fixtures/records';
import { ids, indexOf } from './build';

describe('ranking', () => {
  it('puts a business whose name matches before consultations that mention it', () => {
    const business = aBusiness({ name: '株式会社みなと製作所' });
    const mention = aConsultation({
      businessId: business.id,
      inquiry: 'みなと製作所の社長から電話があった',
      heldAt: '2026-05-01T00:00:00Z',
    });
    const issue = aConsultation({ essentialIssue: 'みなと製作所との取引依存', heldAt: '2026-05-02T00:00:00Z' });
    const index = indexOf({ consultation: mention }, { consultation: issue }, { business });
    expect(ids(index, 'みなと製作所')).toEqual([business.id, issue.id, mention.id]);
  });

  it('ranks 本質的課題 above the other note fields and a name typed from its start above one found inside', () => {
    const inIssue = aConsultation({ essentialIssue: '価格転嫁ができていない' });
    const inAdvice = aConsultation({ advice: '価格転嫁の交渉を助言した' });
    const startsWith = aBusiness({ name: '北陸精機' });
    const contains = aBusiness({ name: '株式会社北陸' });
    expect(ids(indexOf({ consultation: inAdvice }, { consultation: inIssue }), '価格転嫁')).toEqual([inIssue.id, inAdvice.id]);
    expect(ids(indexOf({ business: contains }, { business: startsWith }), '北陸')).toEqual([startsWith.id, contains.id]);
  });

  it('orders equally good matches by the most recent consultation', () => {
    const older = aConsultation({ inquiry: '事業承継の相談', heldAt: '2025-01-10T01:00:00Z' });
    const newer = aConsultation({ inquiry: '事業承継の相談', heldAt: '2026-01-10T01:00:00Z' });
    expect(ids(indexOf({ consultation: older }, { consultation: newer }), '事業承継')).toEqual([newer.id, older.id]);
  });

  it('keeps field weights heaviest first, the order ranking relies on', () => {
    for (const weights of Object.values(FIELD_WEIGHTS)) {
      const values = Object.values(weights);
      expect([...values].sort((a, b) => b - a)).toEqual(values);
    }
  });

  it('returns at most `limit` hits', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ consultation: aConsultation({ inquiry: `補助金の相談 ${i}` }) }));
    expect(ids(indexOf(...many), '補助金', {}, 5)).toHaveLength(5);
  });
});

describe('snippets and highlights', () => {
  it('highlights the match on the original text the advisor wrote', () => {
    const c = aConsultation({ inquiry: '原材料高騰で価格転嫁が進まない' });
    const [hit] = indexOf({ consultation: c }).search('価格転嫁');
    expect(hit?.field).toBe('inquiry');
    expect(hit?.snippet).toBe('原材料高騰で価格転嫁が進まない');
    expect(hit?.highlights).toEqual([[6, 10]]);
  });

  it('maps highlights back where NFKC changed the length of the text', () => {
    const c = aConsultation({ inquiry: '㈱ｶﾞｽ会社のｶﾞｽ代が上がった' });
    const [hit] = indexOf({ consultation: c }).search('ガス代');
    const { snippet, highlights } = hit!;
    expect(highlights.map(([a, b]) => snippet.slice(a, b))).toEqual(['ｶﾞｽ代']);
    const [owner] = indexOf({ consultation: c }).search('(株)');
    expect(owner!.highlights.map(([a, b]) => owner!.snippet.slice(a, b))).toEqual(['㈱']);
  });

  it('highlights every term and every occurrence within the snippet', () => {
    const c = aConsultation({ advice: '資金繰り表を作り、資金繰りの山谷を信用金庫と共有した' });
    const [hit] = indexOf({ consultation: c }).search('資金繰り 信用金庫');
    expect(hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['資金繰り', '資金繰り', '信用金庫']);
  });

  it('cuts a long field around the first match and marks the cut', () => {
    const long = `${'前置きの文章。'.repeat(20)}ここで事業承継の話になった。${'後の文章。'.repeat(30)}`;
    const [hit] = indexOf({ consultation: aConsultation({ advice: long }) }).search('事業承継');
    expect(hit!.snippet.startsWith('…')).toBe(true);
    expect(hit!.snippet.endsWith('…')).toBe(true);
    expect(hit!.snippet.length).toBeLessThanOrEqual(92);
    expect(hit!.highlights.map(([a, b]) => hit!.snippet.slice(a, b))).toEqual(['事業承継']);
  });
});
