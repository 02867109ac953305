import type { IndustryMiddleCode } from '../../shared/industry-middle';
import { jaIndustry } from './ja-industry';
import type { Language } from './languages';

export type IndustryNames = Readonly<Record<IndustryMiddleCode, string>>;

/**
 * The 中分類 names of a language, for the views that show a business's 業種 (the karte, the side
 * panel's karte header). Japanese is built into those views; English is fetched only when chosen.
 */
export async function loadIndustryNames(language: Language): Promise<IndustryNames> {
  return language === 'en' ? (await import('./en-industry')).enIndustry : jaIndustry;
}

/** The names available without waiting (Japanese, and English once loaded). */
export const INDUSTRY_NAMES_NOW: Partial<Record<Language, IndustryNames>> = { ja: jaIndustry };
