import { describe, expect, it } from 'vitest';
import { smallBusinessBasis, suggestSmallBusiness } from '../../shared';

/**
 * 小規模事業者 by the legal definition: 商業・サービス業 5人以下, 宿泊業 (75) and 娯楽業 (80) 20人以下,
 * 製造業その他 20人以下. Every edge of every rule, and what gives no suggestion.
 */
describe('the 小規模事業者 suggestion', () => {
  const table: ReadonlyArray<
    [what: string, industryMiddle: string | null, employees: number | null, small: boolean | null, limit?: number]
  > = [
    ['小売 (58 飲食料品小売業) with 5', '58', 5, true, 5],
    ['小売 (58 飲食料品小売業) with 6', '58', 6, false, 5],
    ['卸売 (52 飲食料品卸売業) with 5', '52', 5, true, 5],
    ['卸売 (52 飲食料品卸売業) with 6', '52', 6, false, 5],
    ['飲食店 (76, M like 宿泊業) with 5', '76', 5, true, 5],
    ['飲食店 (76) with 6', '76', 6, false, 5],
    ['製造業 (09 食料品製造業) with 20', '09', 20, true, 20],
    ['製造業 (09 食料品製造業) with 21', '09', 21, false, 20],
    ['建設業 (06 総合工事業) with 20', '06', 20, true, 20],
    ['建設業 (06) with 21', '06', 21, false, 20],
    ['宿泊業 (75) with 20', '75', 20, true, 20],
    ['宿泊業 (75) with 21', '75', 21, false, 20],
    ['娯楽業 (80) with 20', '80', 20, true, 20],
    ['娯楽業 (80) with 21', '80', 21, false, 20],
    ['洗濯・理容・美容・浴場業 (78, N but not 娯楽業) with 6', '78', 6, false, 5],
    ['情報サービス業 (39, G) with 6', '39', 6, false, 5],
    ['運輸 (44 道路貨物運送業, H) with 20', '44', 20, true, 20],
    ['農業 (01, A) with 21', '01', 21, false, 20],
    ['分類不能の産業 (99, T) with 20', '99', 20, true, 20],
    ['no employees yet (0)', '58', 0, true, 5],
    ['unknown 業種', null, 3, null],
    ['a code that is no 中分類', '00', 3, null],
    ['a 大分類 letter instead of a 中分類', 'M', 3, null],
    ['unknown employees', '75', null, null],
    ['employees not a whole number', '75', 2.5, null],
    ['employees negative', '75', -1, null],
  ];
  for (const [what, industryMiddle, employees, small, limit] of table) {
    it(what, () => {
      const s = suggestSmallBusiness(industryMiddle, employees);
      if (small === null) expect(s).toBeNull();
      else expect(s).toMatchObject({ small, limit, employees });
    });
  }

  it('names the rule that applied', () => {
    expect(['75', '80', '58', '76', '09', '01', '99'].map(smallBusinessBasis)).toEqual([
      'accommodation',
      'amusement',
      'commerce',
      'commerce',
      'manufacturing',
      'manufacturing',
      'manufacturing',
    ]);
    // Every service division counts as サービス業, and only those.
    const byDivision = (code: string) => smallBusinessBasis(code);
    expect(['37', '68', '71', '77', '79', '81', '83', '86', '88'].map(byDivision)).toEqual(Array(9).fill('commerce'));
    expect(['03', '05', '33', '42', '97'].map(byDivision)).toEqual(Array(5).fill('manufacturing'));
  });
});
