import { INDUSTRY_MIDDLE_CODES, type IndustryMiddleCode } from '../../shared/industry-middle';
import { normalizeForSearch } from '../../shared/text';
import type { IndustryNames } from '../locales/industry-names';

/**
 * The 中分類 a typed query finds, best first: digits find codes (「76」→ 76 飲食店, 「7」→ 70–79),
 * words find names (「飲食」→ 76 飲食店, 77, 52, 58), a name beginning with the words before one
 * containing them. `tables` are the names to search (the language shown, and Japanese, which
 * advisors type whatever language the screen is in). An empty query lists every code.
 */
export function searchIndustries(query: string, tables: readonly IndustryNames[]): IndustryMiddleCode[] {
  const q = normalizeForSearch(query);
  if (q === '') return [...INDUSTRY_MIDDLE_CODES];
  if (/^\d{1,2}$/.test(q)) {
    const exact = q.padStart(2, '0');
    return INDUSTRY_MIDDLE_CODES.filter((c) => c === exact || c.startsWith(q)).sort((a, b) => Number(b === exact) - Number(a === exact));
  }
  const words = q.split(' ');
  const scored: { code: IndustryMiddleCode; rank: number }[] = [];
  for (const code of INDUSTRY_MIDDLE_CODES) {
    const names = tables.map((t) => normalizeForSearch(t[code]));
    if (!words.every((w) => names.some((n) => n.includes(w)))) continue;
    scored.push({ code, rank: names.some((n) => n.startsWith(words[0]!)) ? 0 : 1 });
  }
  return scored.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code)).map((s) => s.code);
}
