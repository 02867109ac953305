import { describe, expect, it } from 'vitest';
import { fiscalYearOfDate } from '../../shared/fiscal-year';
import { businessTrend, trendOf } from '../../shared/figure-trend';

describe('売上・粗利 増加 / 減少 / 横ばい / 不明', () => {
  it.each([
    [1000, 1200, 'up'],
    [1000, 800, 'down'],
    [1000, 1010, 'flat'],
    [1000, 990, 'flat'],
    [1000, 1011, 'up'],
    [1000, 989, 'down'],
    [-500, -400, 'up'],
    [-500, -600, 'down'],
    [0, 0, 'flat'],
    [0, 10, 'up'],
    [null, 1000, 'unknown'],
    [1000, null, 'unknown'],
  ] as const)('%s → %s is %s', (before, after, trend) => expect(trendOf(before, after)).toBe(trend));

  it('reads a 決算期 into its 年度 (April–March)', () => {
    expect(fiscalYearOfDate('2026-03')).toBe(2025);
    expect(fiscalYearOfDate('2026-04')).toBe(2026);
    expect(fiscalYearOfDate('2026-12')).toBe(2026);
  });

  it('compares the 決算期 closing in the 年度 with the one twelve months before; deleted figures never count', () => {
    const rows = [
      { fiscalPeriod: '2025-03', sales: 1000, grossProfit: 300 },
      { fiscalPeriod: '2026-03', sales: 1200, grossProfit: 297 },
      { fiscalPeriod: '2027-03', sales: 900, grossProfit: 290, deleted: true },
    ];
    expect(businessTrend(rows, 2025)).toEqual({ period: '2026-03', previous: '2025-03', sales: 'up', grossProfit: 'flat' });
    expect(businessTrend(rows, 2026)).toEqual({ period: null, previous: null, sales: 'unknown', grossProfit: 'unknown' });
    expect(businessTrend(rows, 2024)).toEqual({ period: '2025-03', previous: null, sales: 'unknown', grossProfit: 'unknown' });
  });

  it('is 不明 for a figure missing in either year', () => {
    const rows = [
      { fiscalPeriod: '2025-12', sales: 1000, grossProfit: null },
      { fiscalPeriod: '2026-12', sales: 800, grossProfit: 200 },
    ];
    expect(businessTrend(rows, 2026)).toMatchObject({ sales: 'down', grossProfit: 'unknown' });
  });
});
