const STEPS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

/**
 * "3分前" / "3 minutes ago": how long ago `iso` was, in the UI language. Under a minute it is
 * `justNow` (「たった今」), and so is a time after `now`: a view redraws its `now` only every so
 * often, and a sync may land in between — a past event never reads as 「6 秒後」.
 */
export function relativeTime(iso: string, now: number, language: string, justNow: string): string {
  let value = (Date.parse(iso) - now) / 1000;
  if (!(value <= -60)) return justNow;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size || unit === 'year') return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}
