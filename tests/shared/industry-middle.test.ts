import { describe, expect, it } from 'vitest';
import { INDUSTRY_CODES, INDUSTRY_MIDDLE_CODES, industryDivisionOf, isIndustryMiddleCode } from '../../shared';
import { enIndustry } from '../../extension/locales/en-industry';
import { jaIndustry } from '../../extension/locales/ja-industry';

/** The 中分類 list (JSIC Rev.14): 99 codes, each under one 大分類, each named in both languages. */
describe('日本標準産業分類 中分類', () => {
  it('has the 99 codes 01–99, once each, in order', () => {
    expect(INDUSTRY_MIDDLE_CODES).toHaveLength(99);
    expect(INDUSTRY_MIDDLE_CODES).toEqual(Array.from({ length: 99 }, (_, i) => String(i + 1).padStart(2, '0')));
  });

  it('puts every code under one 大分類, in 大分類 order, and leaves no 大分類 empty', () => {
    const divisions = INDUSTRY_MIDDLE_CODES.map(industryDivisionOf);
    expect(divisions.every((d) => d !== null && (INDUSTRY_CODES as readonly string[]).includes(d))).toBe(true);
    const order = divisions.map((d) => INDUSTRY_CODES.indexOf(d!));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(divisions)).toEqual(new Set(INDUSTRY_CODES));
  });

  it('knows the 大分類 of the codes that decide 小規模事業者 and the edges of each run', () => {
    const pairs = {
      '01': 'A',
      '02': 'A',
      '03': 'B',
      '05': 'C',
      '06': 'D',
      '08': 'D',
      '09': 'E',
      '32': 'E',
      '33': 'F',
      '37': 'G',
      '41': 'G',
      '42': 'H',
      '49': 'H',
      '50': 'I',
      '61': 'I',
      '62': 'J',
      '68': 'K',
      '71': 'L',
      '75': 'M',
      '76': 'M',
      '77': 'M',
      '78': 'N',
      '80': 'N',
      '81': 'O',
      '83': 'P',
      '86': 'Q',
      '88': 'R',
      '96': 'R',
      '97': 'S',
      '98': 'S',
      '99': 'T',
    };
    for (const [code, division] of Object.entries(pairs)) expect(industryDivisionOf(code), code).toBe(division);
  });

  it('refuses what is not a 中分類 code', () => {
    for (const bad of ['00', '100', '7', '076', 'M', '', null, undefined, 76]) {
      expect(isIndustryMiddleCode(bad), String(bad)).toBe(false);
      expect(industryDivisionOf(bad as string), String(bad)).toBeNull();
    }
  });

  it('names every code in Japanese (the official names) and in English', () => {
    expect(Object.keys(jaIndustry).sort()).toEqual([...INDUSTRY_MIDDLE_CODES]);
    expect(Object.keys(enIndustry).sort()).toEqual([...INDUSTRY_MIDDLE_CODES]);
    for (const code of INDUSTRY_MIDDLE_CODES) {
      expect(jaIndustry[code].trim(), code).not.toBe('');
      expect(enIndustry[code].trim(), code).not.toBe('');
    }
    expect(new Set(Object.values(jaIndustry)).size).toBe(99);
    expect([jaIndustry['75'], jaIndustry['76'], jaIndustry['80'], jaIndustry['58'], jaIndustry['99']]).toEqual([
      '宿泊業',
      '飲食店',
      '娯楽業',
      '飲食料品小売業',
      '分類不能の産業',
    ]);
  });
});
