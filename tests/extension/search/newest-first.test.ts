import { describe, expect, it } from 'vitest';
import { newestFirst, olderOnes } from '../../../extension/search/newest-first';

describe('newestFirst', () => {
  // Slot n's date; slot 7 is a business (NaN: its recency is looked up, so it goes with the rest).
  const dates = Float64Array.from([5, 1, 9, 3, 9, 2, 8, 0, 4, 7, 6, 2], (d, n) => (n === 7 ? NaN : d));
  const docs = Uint32Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

  it('puts the k most recent apart; the rest, older or undated, come in their order only when asked for', () => {
    const room = new Uint32Array(docs.length);
    const split = newestFirst(docs, dates, 2, room);
    expect([...split.head]).toEqual([2, 4]);
    expect(split).toMatchObject({ more: true, threshold: 9, undated: true });
    const rest = olderOnes(docs, dates, split.threshold, room.subarray(split.head.length));
    expect([...rest]).toEqual([0, 1, 3, 5, 6, 7, 8, 9, 10, 11]);
    // Written beside the head, which stays as it was.
    expect([...split.head]).toEqual([2, 4]);
  });

  it('lets ties with the k-th date come first too, and leaves a short bucket as it is', () => {
    const tied = Float64Array.from(dates, (d, n) => (n === 6 ? 9 : d));
    const split = newestFirst(docs, tied, 2, new Uint32Array(docs.length));
    expect([...split.head]).toEqual([2, 4, 6]);
    const short = newestFirst(docs, dates, 3, new Uint32Array(docs.length));
    expect(short.head).toBe(docs);
    expect(short.more).toBe(false);
  });

  it('says when no document left out is undated', () => {
    const dated = Float64Array.from(dates, (d) => (Number.isNaN(d) ? 1 : d));
    expect(newestFirst(docs, dated, 2, new Uint32Array(docs.length)).undated).toBe(false);
  });
});
