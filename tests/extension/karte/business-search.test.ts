import { describe, expect, it } from 'vitest';
import { BUSINESSES_FOUND, pickerSearchLimit } from '../../../extension/karte/business-search';

describe('how many businesses a search offers', () => {
  it('offers the same number for a typed search everywhere', () => {
    expect(pickerSearchLimit('popup', 'みなと')).toBe(BUSINESSES_FOUND);
    expect(pickerSearchLimit('panel', 'みなと')).toBe(BUSINESSES_FOUND);
  });

  it('offers only the latest few for an empty box, the popup fewest', () => {
    expect(pickerSearchLimit('popup', '  ')).toBe(5);
    expect(pickerSearchLimit('panel', '')).toBe(10);
    expect(pickerSearchLimit('karte:b-1', '')).toBe(10);
  });
});
