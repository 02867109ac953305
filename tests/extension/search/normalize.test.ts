import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '../../../shared';
import { normalizeText } from '../../../extension/search/normalize';
import { normalizeWithMap } from '../../../extension/search/offset-map';
import { packOriginal, unpackOriginal } from '../../../extension/search/original-text';

const SAMPLES = [
  '原材料高騰で価格転嫁が進まない',
  'ｶｶｸﾃﾝｶ',
  'ﾍﾞｰｶﾘｰ・ﾊﾟﾝ',
  'ＡＢＣ商店',
  'abcＤＥＦ',
  '２０２６年４月',
  '㈱みなと',
  '① 資金繰り',
  'ひらがなカタカナ',
  '  前後の空白\n\n改行　全角スペース  ',
  'İstanbul',
  'が',
  'か\u3099',
  'ﬁle',
  '㍻',
  '𠮷野家',
  '～から〜まで',
  '',
];

describe('normalisation used by the index', () => {
  it.each(SAMPLES)('the fast normaliser gives what shared normalizeForSearch gives for %j', (s) => {
    expect(normalizeText(s)).toBe(normalizeForSearch(s));
  });

  it('the fast normaliser is the shared one for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeText(s) === normalizeForSearch(s)));
  });

  it.each(SAMPLES)('the offset map normalises %j the same way', (s) => {
    expect(normalizeWithMap(s).text).toBe(normalizeForSearch(s));
  });

  it('the offset map normalises any text the way the shared normaliser does, each character mapped back in order', () => {
    const japanese = fc.string({ unit: fc.constantFrom(...'価格転嫁、「値上げ」。ー・がか\u3099ｶﾞＡＢｃ１２　 \nひらカタ𠮷㈱①') });
    for (const text of [fc.string({ unit: 'binary' }), japanese])
      fc.assert(
        fc.property(text, (s) => {
          const m = normalizeWithMap(s);
          const ordered = Array.from(m.starts).every(
            (at, i) => at < m.ends[i]! && m.ends[i]! <= s.length && (i === 0 || at >= m.starts[i - 1]!),
          );
          return m.text === normalizeForSearch(s) && ordered;
        }),
      );
  });

  it('maps each normalised character back to the original characters it came from', () => {
    const original = 'ｶﾞｽ代と㈱の件';
    const m = normalizeWithMap(original);
    expect(m.text).toBe('ガス代ト(株)ノ件');
    const back = (from: number, to: number) => original.slice(m.starts[from], m.ends[to - 1]);
    expect(back(0, 1)).toBe('ｶﾞ'); // two half-width code units became one ガ
    expect(back(4, 7)).toBe('㈱'); // one ㈱ became three characters
    expect(back(7, 9)).toBe('の件');
  });

  it('keeps the original text compactly and gives it back exactly', () => {
    for (const s of [...SAMPLES, '価格転嫁が進まない\n「値上げは怖い」', 'ＰＯＳレジ導入 2割特例']) {
      const norm = normalizeText(s);
      const packed = packOriginal(s, norm);
      expect(unpackOriginal(norm, packed)).toBe(s);
    }
  });

  it('stores two bits per character for text that differs only by kana, case, width or a line break', () => {
    const s = 'ひらがなとＡＢＣと123\nです';
    const packed = packOriginal(s, normalizeText(s));
    expect(packed).toBeInstanceOf(Uint8Array);
    expect((packed as Uint8Array).length).toBe(Math.ceil(s.length / 4));
  });
});
