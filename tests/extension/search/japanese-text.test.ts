import { describe, expect, it } from 'vitest';
import { aBusiness, aConsultation } from '../../fixtures/records';
import { ids, indexOf } from './build';

describe('finding Japanese text without spaces', () => {
  it('finds a phrase inside a sentence', () => {
    const c = aConsultation({ inquiry: '原材料高騰で価格転嫁が進まない' });
    const other = aConsultation({ inquiry: '新商品の販路開拓について' });
    const index = indexOf({ consultation: c }, { consultation: other });
    expect(ids(index, '価格転嫁')).toEqual([c.id]);
    expect(ids(index, '高騰で価格')).toEqual([c.id]);
  });

  it('returns only true substring matches, not notes that merely hold the same bigrams', () => {
    // 価格 / 格転 / 転嫁 all occur, but never as 価格転嫁.
    const scattered = aConsultation({ inquiry: '価格の話。格転がし。転嫁できない' });
    expect(ids(indexOf({ consultation: scattered }), '価格転嫁')).toEqual([]);
  });

  it('matches half-width katakana, full-width letters and digits (NFKC) both ways', () => {
    const halfWidth = aConsultation({ inquiry: 'ｶｶｸの見直しと２０％の値上げ' });
    const fullWidthName = aBusiness({ name: 'ＡＢＣ商店' });
    const index = indexOf({ consultation: halfWidth }, { business: fullWidthName });
    expect(ids(index, 'カカク')).toEqual([halfWidth.id]);
    expect(ids(index, '20%')).toEqual([halfWidth.id]);
    expect(ids(index, 'abc')).toEqual([fullWidthName.id]);
    expect(ids(index, 'ＡＢＣ')).toEqual([fullWidthName.id]);
  });

  it('matches hiragana against katakana and the other way round', () => {
    const katakana = aConsultation({ inquiry: 'インボイス制度への対応' });
    const hiragana = aBusiness({ name: 'みなと製作所', nameKana: 'ミナトセイサクショ' });
    const index = indexOf({ consultation: katakana }, { business: hiragana });
    expect(ids(index, 'いんぼいす')).toEqual([katakana.id]);
    expect(ids(index, 'ミナト製作所')).toEqual([hiragana.id]);
  });

  it('ignores letter case', () => {
    const c = aConsultation({ inquiry: 'POSレジとDXの相談' });
    expect(ids(indexOf({ consultation: c }), 'pos レジ')).toEqual([c.id]);
    expect(ids(indexOf({ consultation: c }), 'dX')).toEqual([c.id]);
  });

  it('needs every space-separated term, each anywhere in the record', () => {
    const both = aConsultation({ inquiry: '資金繰りが厳しい', advice: '信用金庫に相談する' });
    const one = aConsultation({ inquiry: '資金繰りの相談' });
    const index = indexOf({ consultation: both }, { consultation: one });
    expect(ids(index, '資金繰り　信用金庫')).toEqual([both.id]);
  });

  it('looks for a single character in names, kana, tags and 本質的課題, not in every note body', () => {
    const named = aBusiness({ name: '金沢食堂' });
    const body = aConsultation({ inquiry: '金融機関との関係' });
    const issue = aConsultation({ essentialIssue: '資金の流れが見えない' });
    const index = indexOf({ business: named }, { consultation: body }, { consultation: issue });
    expect(ids(index, '金').sort()).toEqual([named.id, issue.id].sort());
    expect(ids(index, '金融')).toEqual([body.id]);
  });

  it('finds nothing for a phrase no record holds', () => {
    const index = indexOf({ consultation: aConsultation({ inquiry: '販路開拓' }) });
    expect(ids(index, '存在しない言葉')).toEqual([]);
    expect(ids(index, '開拓販路')).toEqual([]);
  });
});
