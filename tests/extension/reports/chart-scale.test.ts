import { describe, expect, it } from 'vitest';
import { niceTicks } from '../../../extension/reports/chart-scale';

describe('chart axis', () => {
  it.each([
    [0, [0, 1]],
    [1, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [10, [0, 5, 10]],
    [137, [0, 50, 100, 150]],
    [4_321, [0, 2000, 4000, 6000]],
  ])('puts round steps up to at least %i', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('month labels under columns', () => {
  it('splits a month label into the month and its year, in both languages; other labels stay whole', async () => {
    const { splitMonthLabel } = await import('../../../extension/components/reports/BarChart');
    expect(splitMonthLabel('2026年4月')).toEqual({ month: '4月', year: '2026年' });
    expect(splitMonthLabel('2027年12月')).toEqual({ month: '12月', year: '2027年' });
    expect(splitMonthLabel('Apr 2026')).toEqual({ month: 'Apr', year: '2026' });
    expect(splitMonthLabel('金融')).toBeNull();
  });
});
