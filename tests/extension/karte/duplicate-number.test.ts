import { describe, expect, it } from 'vitest';
import { sameCorporateNumber } from '../../../extension/karte/duplicate-number';

const NUMBER = '1220001747327';
const b = (id: string, name: string, corporateNumber: string | null, deleted = false) => ({ id, name, corporateNumber, deleted });

/** The duplicate-法人番号 finder: other live businesses with the number, the karte's own left out. */
describe('businesses with the same 法人番号', () => {
  const all = [
    b('self', '能登の宿', NUMBER),
    b('dup-2', '有限会社しおさい', NUMBER),
    b('dup-1', 'しおさい旅館', NUMBER),
    b('gone', '削除した事業者', NUMBER, true),
    b('other', '別の会社', '2180001041208'),
    b('none', '番号なし', null),
  ];

  it('lists the other live businesses with the number, by name', () => {
    expect(sameCorporateNumber(all, NUMBER, 'self').map((x) => x.id)).toEqual(['dup-1', 'dup-2']);
  });

  it('leaves out the business itself, deleted and merged-away ones, and other numbers', () => {
    expect(sameCorporateNumber(all, '2180001041208', 'other')).toEqual([]);
    expect(sameCorporateNumber([b('self', 'x', NUMBER), b('gone', 'y', NUMBER, true)], NUMBER, 'self')).toEqual([]);
  });

  it('finds nothing for no number', () => {
    expect(sameCorporateNumber(all, null, 'self')).toEqual([]);
    expect(sameCorporateNumber(all, '', 'self')).toEqual([]);
  });
});
