import { cachedFormatter } from './formatters';

/**
 * Calendar dates ('YYYY-MM-DD') in the advisor's time zone. Due dates and "today" are local
 * dates: an action due 4月1日 is due until midnight in Tokyo, not in UTC.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of an instant in `timeZone`, one formatter per zone. */
const formatter = (timeZone: string) =>
  cachedFormatter(
    `parts:${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );

function parts(instant: number, timeZone: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isLocalDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === value;
}

/** The local date of an instant (epoch ms, Date or ISO string) in `timeZone`. */
export function localDateOf(instant: number | string | Date, timeZone = DEFAULT_TIME_ZONE): string {
  const ms = typeof instant === 'number' ? instant : new Date(instant).getTime();
  const p = parts(ms, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Offset of local time from UTC at `instant`, in ms (Tokyo: +9 h). */
function offsetAt(instant: number, timeZone: string): number {
  const p = parts(instant, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts `date` in `timeZone`. */
export function startOfLocalDay(date: string, timeZone = DEFAULT_TIME_ZONE): number {
  if (!isLocalDate(date)) throw new RangeError(`日付は YYYY-MM-DD の形式で指定してください（${date}）`);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  const first = guess - offsetAt(guess, timeZone);
  // Where the offset changes that day (summer time elsewhere), the second pass corrects it.
  return guess - offsetAt(first, timeZone);
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Calendar months, clamped to the month's last day: the same arithmetic as the reports' (shared). */
export { addMonths } from '../../shared/fiscal-year';

/** The next local midnight after `now`: when the day's reminders are due again. */
export function nextLocalMidnight(now: number, timeZone = DEFAULT_TIME_ZONE): number {
  return startOfLocalDay(addDays(localDateOf(now, timeZone), 1), timeZone);
}
