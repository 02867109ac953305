import { describe, expect, it } from 'vitest';
import {
  fiscalYearMonths,
  fiscalYearOf,
  fiscalYearPeriod,
  jstDateOf,
  jstDayStartUtc,
  monthsOf,
  periodBoundsUtc,
  reportQuery,
  resolvePeriod,
} from '../../shared';

describe('年度 and JST periods', () => {
  it('puts 31 March 23:30 JST in the 年度 before and 1 April 00:10 JST in the next', () => {
    expect(fiscalYearOf('2026-03-31T23:30:00+09:00')).toBe(2025);
    expect(fiscalYearOf('2026-03-31T14:30:00Z')).toBe(2025);
    expect(fiscalYearOf('2026-04-01T00:10:00+09:00')).toBe(2026);
    // Still 31 March in UTC, already April in Japan.
    expect(fiscalYearOf('2026-03-31T15:10:00Z')).toBe(2026);
    expect(jstDateOf('2026-03-31T15:10:00Z')).toBe('2026-04-01');
  });

  it('runs a 年度 from 1 April to 31 March, its months in order', () => {
    expect(fiscalYearPeriod(2025)).toEqual({ from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null });
    expect(fiscalYearMonths(2025)).toEqual([
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
    ]);
    expect(monthsOf({ from: '2024-02-10', to: '2024-02-29' })).toEqual(['2024-02']);
  });

  it('bounds a period by the UTC instants its JST days start', () => {
    expect(jstDayStartUtc('2026-04-01')).toBe('2026-03-31T15:00:00');
    expect(periodBoundsUtc(fiscalYearPeriod(2025))).toEqual({ start: '2025-03-31T15:00:00', end: '2026-03-31T15:00:00' });
    const { start, end } = periodBoundsUtc(fiscalYearPeriod(2025));
    // heldAt text compares with the bounds: the last millisecond of 31 March JST is in, the first of 1 April is out.
    expect('2026-03-31T14:59:59.999Z' < end).toBe(true);
    expect('2026-03-31T15:00:00Z' >= end).toBe(true);
    expect('2025-03-31T15:00:00.000Z' >= start).toBe(true);
  });

  it('resolves what was asked: a 年度, a month, days, or the current 年度 (in Japan time)', () => {
    const now = new Date('2026-03-31T15:30:00Z'); // 1 April 00:30 JST
    expect(resolvePeriod({}, now)).toMatchObject({ from: '2026-04-01', fiscalYear: 2026 });
    expect(resolvePeriod({ month: '2026-02' })).toEqual({ from: '2026-02-01', to: '2026-02-28', fiscalYear: null, month: '2026-02' });
    expect(resolvePeriod({ from: '2025-04-01', to: '2026-03-31' })).toMatchObject({ fiscalYear: 2025, month: null });
    expect(resolvePeriod({ from: '2025-05-03', to: '2025-05-31' })).toEqual({
      from: '2025-05-03',
      to: '2025-05-31',
      fiscalYear: null,
      month: null,
    });
  });

  it.each([
    [{ fy: '2025', month: '2025-04' }, 'fy'],
    [{ from: '2025-04-01' }, 'to'],
    [{ to: '2025-04-01' }, 'from'],
    [{ from: '2025-04-02', to: '2025-04-01' }, 'to'],
    [{ from: '2000-01-01', to: '2020-01-01' }, 'to'],
    [{ month: '2025-13' }, 'month'],
    [{ fy: '25' }, 'fy'],
    [{ programme: 'yorozu-x' }, 'programme'],
    [{ advisorId: 'not-a-uuid' }, 'advisorId'],
    [{ municipality: '   ' }, 'municipality'],
    [{ unknown: '1' }, ''],
  ])('refuses %o, naming %s', (query, path) => {
    const result = reportQuery.safeParse(query);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});
