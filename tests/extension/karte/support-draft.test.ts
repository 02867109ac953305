import { describe, expect, it } from 'vitest';
import {
  applicationDraft,
  applicationFromDraft,
  dispatchDraft,
  dispatchFromDraft,
  figuresDraft,
  figuresFromDraft,
} from '../../../extension/karte/support-draft';
import { fiscalPeriodOf, parseCount, parseHours, parseYen } from '../../../extension/karte/typed-numbers';

/** The support-record forms (issue 13): numbers as people type them, and what each draft writes. */
describe('numbers as typed', () => {
  it('reads yen in digits, with commas, 円, full-width digits, 万 and 億', () => {
    expect(parseYen('')).toBeNull();
    expect(parseYen('1500000')).toBe(1_500_000);
    expect(parseYen('1,500,000円')).toBe(1_500_000);
    expect(parseYen('１，５００，０００')).toBe(1_500_000);
    expect(parseYen('¥34,000')).toBe(34_000);
    expect(parseYen('150万')).toBe(1_500_000);
    expect(parseYen('3万4000')).toBe(34_000);
    expect(parseYen('1.5億')).toBe(150_000_000);
    expect(parseYen('1億2000万円')).toBe(120_000_000);
    expect(parseYen('12.5万')).toBe(125_000);
  });

  it('takes a loss as ▲ or a minus only where a loss can be, and refuses what is no whole yen', () => {
    expect(parseYen('▲120万', true)).toBe(-1_200_000);
    expect(parseYen('△1,200,000', true)).toBe(-1_200_000);
    expect(parseYen('-1200000', true)).toBe(-1_200_000);
    expect(parseYen('▲120万')).toBeUndefined();
    for (const bad of ['五百万', '1.5', '1.00001万', '12a', '万', '1万億']) expect(parseYen(bad, true), bad).toBeUndefined();
  });

  it('reads counts and quarter hours', () => {
    expect(parseCount('６件')).toBe(6);
    expect(parseCount('4人')).toBe(4);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-1')).toBeUndefined();
    expect(parseHours('1.5')).toBe(1.5);
    expect(parseHours('90分')).toBe(1.5);
    expect(parseHours('2時間')).toBe(2);
    expect(parseHours('1.3')).toBeUndefined();
    expect(parseHours('25')).toBeUndefined();
  });

  it('reads a 決算期 as year and closing month', () => {
    expect(fiscalPeriodOf('2026-03')).toBe('2026-03');
    expect(fiscalPeriodOf('2026-3')).toBe('2026-03');
    expect(fiscalPeriodOf('２０２６年３月')).toBe('2026-03');
    expect(fiscalPeriodOf('2026-13')).toBeNull();
    expect(fiscalPeriodOf('')).toBeNull();
  });
});

describe('what a draft writes', () => {
  it('an application: what follows 採択 only with 採択, 交付決定 only for a 補助金, 推薦 only for マル経', () => {
    const draft = {
      ...applicationDraft(null, 'me'),
      measure: 'jizokuka' as const,
      adopted: '50万',
      grantDecidedOn: '2026-08-01',
      recommended: true,
    };
    expect(applicationFromDraft(draft)).toEqual({
      fields: expect.objectContaining({ adoptedAmount: null, grantDecidedOn: null, recommended: false, advisorId: 'me' }),
    });
    expect(applicationFromDraft({ ...draft, result: 'adopted' })).toEqual({
      fields: expect.objectContaining({ adoptedAmount: 500_000, grantDecidedOn: '2026-08-01' }),
    });
    expect(applicationFromDraft({ ...draft, measure: 'marukei', result: 'adopted', recommendedOn: '2026-05-10' })).toEqual({
      fields: expect.objectContaining({ adoptedAmount: 500_000, grantDecidedOn: null, recommended: true, recommendedOn: '2026-05-10' }),
    });
    expect(applicationFromDraft({ ...draft, measure: 'other' })).toEqual({ problem: 'application.measureNameMissing' });
    expect(applicationFromDraft({ ...draft, measure: 'other', measureName: ' 県の制度融資 ' })).toEqual({
      fields: expect.objectContaining({ measureName: '県の制度融資' }),
    });
  });

  it('a dispatch: visits in date order, empty rows dropped, a dated row needed', () => {
    const draft = {
      ...dispatchDraft(null),
      scheme: 'yorozu' as const,
      expertName: '山田',
      visits: [
        { date: '2026-06-15', hours: '1', note: '' },
        { date: '', hours: '', note: '' },
        { date: '2026-06-01', hours: '', note: ' 聞き取り ' },
      ],
    };
    expect(dispatchFromDraft(draft)).toEqual({
      fields: expect.objectContaining({
        visits: [
          { date: '2026-06-01', hours: null, note: '聞き取り' },
          { date: '2026-06-15', hours: 1, note: '' },
        ],
      }),
    });
    expect(dispatchFromDraft({ ...draft, visits: [{ date: '', hours: '2', note: '' }] })).toEqual({ problem: 'dispatch.visitDateMissing' });
    expect(dispatchFromDraft({ ...draft, expertName: ' ' })).toEqual({ problem: 'dispatch.expertMissing' });
  });

  it('yearly figures: something to record, a loss welcome except in 売上高', () => {
    const draft = { ...figuresDraft(null), fiscalPeriod: '2026-03' };
    expect(figuresFromDraft(draft)).toEqual({ problem: 'figures.empty' });
    expect(figuresFromDraft({ ...draft, operatingProfit: '▲30万', employees: '3人' })).toEqual({
      fields: { fiscalPeriod: '2026-03', sales: null, grossProfit: null, operatingProfit: -300_000, employees: 3 },
    });
    expect(figuresFromDraft({ ...draft, sales: '▲30万' })).toEqual({ problem: 'support.yenBad' });
  });
});
