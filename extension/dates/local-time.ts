import { cachedFormatter } from './formatters';

/**
 * Dates and times where the advisor is (the browser's time zone): the `datetime-local` input's
 * value and the dates the UI shows. Calendar dates in a named time zone (due dates, "today"):
 * local-date.ts.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** The value a `datetime-local` input shows for `date` in the advisor's time zone. */
export function toLocalInput(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The calendar day ('YYYY-MM-DD') of an instant where the advisor is, for `i18n.date`. */
export function dayOf(iso: string): string {
  return toLocalInput(new Date(iso)).slice(0, 10);
}

/** A `datetime-local` value back to an ISO instant; null when the input is empty or malformed. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const locale = (language: string) => (language === 'ja' ? 'ja-JP' : 'en-GB');
const DATE_TIME: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' };
const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };

/** One formatter per language and shape. */
const formatter = (language: string, shape: 'dateTime' | 'date') =>
  cachedFormatter(`display:${language}:${shape}`, () => new Intl.DateTimeFormat(locale(language), shape === 'date' ? DATE : DATE_TIME));

/**
 * The two shapes the formatters above give, written out from the date's local fields: ICU's
 * `format` costs tens of microseconds a call, and a karte formats hundreds of dates while it
 * opens. Anything out of the ordinary (an invalid date, a year not of four digits) still
 * goes through ICU, so the text is always what `Intl.DateTimeFormat` says (the tests compare).
 */
function written(date: Date, language: string, withTime: boolean): string | null {
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  const day =
    language === 'ja'
      ? `${year}/${pad(date.getMonth() + 1)}/${pad(date.getDate())}`
      : `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${year}`;
  if (!withTime) return day;
  return `${day}${language === 'ja' ? ' ' : ', '}${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Date and time as the advisor reads them, in the UI language. */
export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return written(date, language, true) ?? formatter(language, 'dateTime').format(date);
}

export function formatDate(isoDate: string, language: string): string {
  const date = new Date(`${isoDate}T00:00:00`);
  return written(date, language, false) ?? formatter(language, 'date').format(date);
}
