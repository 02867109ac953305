import type { IndustryCode } from './industry';

/**
 * 日本標準産業分類 中分類 (JSIC Rev.14, 令和5年7月改定, in force since 2024-04): the 99 two-digit
 * codes a business's `industryMiddle` may take. The 14th revision changed only 小分類 and 細分類,
 * so these are the codes (and names) of Rev.13 too. Names for display live in the extension's
 * locale files (extension/locales/ja-industry.ts, en-industry.ts), loaded only where a karte shows them.
 */
export const INDUSTRY_MIDDLE_CODES = [
  '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17', '18',
  '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36',
  '37', '38', '39', '40', '41', '42', '43', '44', '45', '46', '47', '48', '49', '50', '51', '52', '53', '54',
  '55', '56', '57', '58', '59', '60', '61', '62', '63', '64', '65', '66', '67', '68', '69', '70', '71', '72',
  '73', '74', '75', '76', '77', '78', '79', '80', '81', '82', '83', '84', '85', '86', '87', '88', '89', '90',
  '91', '92', '93', '94', '95', '96', '97', '98', '99',
] as const;
export type IndustryMiddleCode = (typeof INDUSTRY_MIDDLE_CODES)[number];

/** Each 大分類 holds a consecutive run of 中分類: [大分類, first, last]. */
const DIVISION_RUNS: ReadonlyArray<readonly [IndustryCode, number, number]> = [
  ['A', 1, 2], ['B', 3, 4], ['C', 5, 5], ['D', 6, 8], ['E', 9, 32], ['F', 33, 36], ['G', 37, 41],
  ['H', 42, 49], ['I', 50, 61], ['J', 62, 67], ['K', 68, 70], ['L', 71, 74], ['M', 75, 77], ['N', 78, 80],
  ['O', 81, 82], ['P', 83, 85], ['Q', 86, 87], ['R', 88, 96], ['S', 97, 98], ['T', 99, 99],
];

export function isIndustryMiddleCode(value: unknown): value is IndustryMiddleCode {
  return typeof value === 'string' && (INDUSTRY_MIDDLE_CODES as readonly string[]).includes(value);
}

/** The 大分類 a 中分類 belongs to (76 飲食店 → M 宿泊業，飲食サービス業); null for anything not a 中分類 code. */
export function industryDivisionOf(code: string | null | undefined): IndustryCode | null {
  if (!isIndustryMiddleCode(code)) return null;
  const n = Number(code);
  return DIVISION_RUNS.find(([, first, last]) => n >= first && n <= last)?.[0] ?? null;
}
