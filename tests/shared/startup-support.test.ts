import { describe, expect, it } from 'vitest';
import { addMonths, jstDateOf } from '../../shared/fiscal-year';
import { assessStartup, type StartupFounder, type StartupSession } from '../../shared/startup-support';

/** A session held at 10:00 in Japan on `date`, with these tags. */
const on = (date: string, tagIds: string[], id = date): StartupSession => ({ id, heldAt: `${date}T01:00:00.000Z`, tagIds });
const FOUR_AREAS = [['topic-general'], ['topic-tax'], ['topic-hr'], ['topic-sales']];
const founder: StartupFounder = { registrationPlannedOn: null, certificateIssuedOn: null, foundedOn: null };

describe('特定創業支援: 4 sessions over 1 month covering 経営, 財務, 人材育成, 販路開拓', () => {
  it.each([
    [
      '4 sessions, 4/1 → 5/1 (30 days, one calendar month), every area',
      ['2026-04-01', '2026-04-10', '2026-04-20', '2026-05-01'],
      FOUR_AREAS,
      true,
    ],
    [
      '3 sessions over two months, every area on them',
      ['2026-04-01', '2026-04-20', '2026-06-01'],
      [['topic-general', 'topic-hr'], ['topic-tax'], ['topic-sales']],
      false,
    ],
    ['4 sessions, 4/1 → 4/30 (29 days)', ['2026-04-01', '2026-04-10', '2026-04-20', '2026-04-30'], FOUR_AREAS, false],
    ['4 sessions, 1/1 → 1/31 (30 days, not a month)', ['2026-01-01', '2026-01-10', '2026-01-20', '2026-01-31'], FOUR_AREAS, false],
    ['4 sessions, 1/1 → 2/1 (31 days)', ['2026-01-01', '2026-01-10', '2026-01-20', '2026-02-01'], FOUR_AREAS, true],
    ['1/31 → 2/28: the month ends on its last day', ['2026-01-31', '2026-02-05', '2026-02-10', '2026-02-28'], FOUR_AREAS, true],
    [
      '人材育成 missing',
      ['2026-04-01', '2026-04-10', '2026-04-20', '2026-05-10'],
      [['topic-general'], ['topic-tax'], ['topic-sales'], ['topic-sales']],
      false,
    ],
    [
      '金融・税務・経理 count as 財務',
      ['2026-04-01', '2026-04-10', '2026-04-20', '2026-05-10'],
      [['topic-general'], ['topic-bookkeeping'], ['topic-hr'], ['topic-sales']],
      true,
    ],
  ])('%s → %s', (_, dates, tags, qualified) => {
    const sessions = dates.map((d, i) => on(d, tags[i] ?? []));
    expect(assessStartup(sessions, founder, '2026-06-30').qualified).toBe(qualified);
  });

  it('says what is missing: sessions, the month from when, and the areas', () => {
    const a = assessStartup([on('2026-04-10', ['topic-general']), on('2026-04-20', ['topic-tax'])], founder, '2026-04-21');
    expect(a).toMatchObject({
      sessionsMissing: 2,
      monthFrom: '2026-05-10',
      monthMet: false,
      missingAreas: ['hr', 'sales'],
      qualified: false,
    });
    expect(a.areas).toEqual({ management: ['2026-04-10'], finance: ['2026-04-20'], hr: [], sales: [] });
  });

  it('leaves deleted sessions out, and reads dates in Japan (23:30 JST on 3/31 is 3/31, 00:10 on 4/1 is 4/1)', () => {
    expect(jstDateOf('2026-03-31T14:30:00.000Z')).toBe('2026-03-31');
    expect(jstDateOf('2026-03-31T15:10:00.000Z')).toBe('2026-04-01');
    const sessions = [
      ...FOUR_AREAS.map((t, i) => on(`2026-04-0${i + 1}`, t)),
      { ...on('2026-05-02', ['topic-general'], 'gone'), deleted: true },
    ];
    const a = assessStartup(sessions, founder, '2026-06-01');
    expect(a.sessionIds).not.toContain('gone');
    expect(a.monthMet).toBe(false);
  });

  it('flags a 設立登記 within 30 days (or past) with no certificate; a certificate or a founding clears it', () => {
    const at = (registrationPlannedOn: string, more: Partial<StartupFounder> = {}) =>
      assessStartup([], { ...founder, registrationPlannedOn, ...more }, '2026-05-01');
    expect(at('2026-05-31').registrationWarning).toBe(true);
    expect(at('2026-05-31').daysToRegistration).toBe(30);
    expect(at('2026-06-01').registrationWarning).toBe(false);
    expect(at('2026-04-20').registrationWarning).toBe(true);
    expect(at('2026-05-20', { certificateIssuedOn: '2026-04-28' }).registrationWarning).toBe(false);
    expect(at('2026-05-20', { foundedOn: '2026-04-28' }).registrationWarning).toBe(false);
  });

  it('adds months on the calendar', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
  });
});
