import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../extension/dates/local-time';

const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
const LOCALES = { ja: 'ja-JP', en: 'en-GB' } as const;

/** Instants across years, months, hours and minutes, midnight and the last minute of a year among them. */
function instants(): string[] {
  const out = ['2026-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z', '2024-02-29T12:30:00.000Z', '1999-07-04T09:05:00.000Z'];
  for (let i = 0; i < 300; i++)
    out.push(new Date(Date.UTC(1990 + (i % 50), i % 12, 1 + (i % 28), (i * 7) % 24, (i * 13) % 60)).toISOString());
  return out;
}

describe('local date and time formatting', () => {
  it('writes date and time exactly as Intl.DateTimeFormat does, in both languages', () => {
    for (const language of ['ja', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(LOCALES[language], DATE_TIME);
      for (const iso of instants()) expect(formatDateTime(iso, language)).toBe(intl.format(new Date(iso)));
    }
  });

  it('writes calendar dates exactly as Intl.DateTimeFormat does, an impossible day rolled over the same way', () => {
    for (const language of ['ja', 'en'] as const) {
      const intl = new Intl.DateTimeFormat(LOCALES[language], DATE);
      for (const day of ['2026-04-10', '2026-12-31', '2024-02-29', '2026-02-30', '2000-01-01']) {
        expect(formatDate(day, language)).toBe(intl.format(new Date(`${day}T00:00:00`)));
      }
    }
    expect(formatDate('2026-04-10', 'ja')).toBe('2026/04/10');
    expect(formatDate('2026-04-10', 'en')).toBe('10/04/2026');
  });

  it('leaves an unusual year to Intl, and fails on an invalid date as Intl does', () => {
    const intl = new Intl.DateTimeFormat('ja-JP', DATE_TIME);
    expect(formatDateTime('0999-03-01T10:00:00.000Z', 'ja')).toBe(intl.format(new Date('0999-03-01T10:00:00.000Z')));
    expect(() => formatDateTime('not a date', 'ja')).toThrow(RangeError);
  });
});
