/**
 * Numbers as people type them into the karte's forms: full-width digits, commas, 円 and ¥,
 * 「150万」「1億2000万」, a loss as 「▲120万」 (as Japanese statements write it) or 「-1200000」,
 * counts with 件・人, hours as 「1.5」「2時間」「90分」, a 決算期 as 「2026-03」 or 「2026年3月」.
 */

const halfWidth = (s: string) => s.replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s,，、]/g, '');

const NEGATIVE = /^[-−－▲△]/;

/** A number written with 億 and 万 (「1億2000万」「1.5万」) as a whole number; null when it is not one. */
function japaneseNumber(s: string): number | null {
  const m = /^(?:(\d+(?:\.\d+)?)億)?(?:(\d+(?:\.\d+)?)万)?(\d+)?$/.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  // Counted in units of 10⁻⁸ yen: 億 and 万 with decimals (1.5億, 12.5万) stay exact, and a fraction of a yen shows.
  const scaled = (part: string | undefined, unitsOf: bigint) => {
    if (part === undefined) return 0n;
    const [whole, fraction = ''] = part.split('.');
    if (fraction.length > 8) return null;
    return BigInt(whole! + fraction.padEnd(8, '0')) * unitsOf;
  };
  const oku = scaled(m[1], 10n ** 8n);
  const man = scaled(m[2], 10n ** 4n);
  const ones = m[3] === undefined ? 0n : BigInt(m[3]) * 10n ** 8n;
  if (oku === null || man === null) return null;
  const total = oku + man + ones;
  if (total % 10n ** 8n !== 0n) return null;
  const value = total / 10n ** 8n;
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? null : Number(value);
}

/** Yen as typed; null when blank, undefined when it is not an amount (or negative where that is not allowed). */
export function parseYen(typed: string, allowNegative = false): number | null | undefined {
  let s = halfWidth(typed.trim())
    .replace(/^[¥￥]/, '')
    .replace(/円$/, '');
  if (s === '') return null;
  const negative = NEGATIVE.test(s);
  if (negative) s = s.slice(1).replace(/^[¥￥]/, '');
  const value = japaneseNumber(s);
  if (value === null || (negative && !allowNegative)) return undefined;
  return negative && value !== 0 ? -value : value;
}

/** A count (件, 人) as typed; null when blank, undefined when it is no whole number of 0 or more. */
export function parseCount(typed: string): number | null | undefined {
  const s = halfWidth(typed.trim()).replace(/[件人名回]$/, '');
  if (s === '') return null;
  return /^\d{1,9}$/.test(s) ? Number(s) : undefined;
}

/** Hours of a visit as typed (「1.5」「2時間」「90分」); null when blank, undefined when not quarter hours. */
export function parseHours(typed: string): number | null | undefined {
  const s = halfWidth(typed.trim());
  if (s === '') return null;
  const minutes = /^(\d{1,4})分$/.exec(s);
  const hours = minutes ? Number(minutes[1]) / 60 : /^\d{1,2}(\.\d{1,2})?(時間)?$/.test(s) ? Number.parseFloat(s) : Number.NaN;
  return Number.isFinite(hours) && hours > 0 && hours <= 24 && Number.isInteger(hours * 4) ? hours : undefined;
}

/** An amount back into the form: plain digits (a loss with a minus sign). */
export const typedYen = (n: number | null) => (n === null ? '' : String(n));

/** 2026-03, or what a month field gives (「2026-3」 typed by hand too). */
export function fiscalPeriodOf(typed: string): string | null {
  const m = /^(\d{4})[-/年](\d{1,2})月?$/.exec(halfWidth(typed.trim()));
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}
