import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../extension/search/newest-first';

describe('newestFirst', () => {
  // Slot n's date; slot 7 is a business (NaN: its recency is looked up, so it goes with the rest).
  const dates = Float64Array.from([5, 1, 9, 3, 9, 2, 8, 0, 4, 7, 6, 2], (d, n) => (n === 7 ? NaN : d));
  const docs = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

  it('puts the k most recent first and keeps every document once, in their order otherwise', () => {
    const order = [...newestFirst(docs, dates, 2, new Uint32Array(docs.length))];
    expect(order.slice(0, 2)).toEqual([2, 4]);
    expect(order.slice(2)).toEqual([0, 1, 3, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('lets ties with the k-th date come first too, and leaves a short bucket as it is', () => {
    const tied = Float64Array.from(dates, (d, n) => (n === 6 ? 9 : d));
    const order = [...newestFirst(docs, tied, 2, new Uint32Array(docs.length))];
    expect(order.slice(0, 3)).toEqual([2, 4, 6]);
    expect([...order].sort((a, b) => a - b)).toEqual([...docs]);
    expect(newestFirst(docs, dates, 3, new Uint32Array(docs.length))).toBe(docs);
  });
});
