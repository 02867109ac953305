import { industryDivisionOf } from '../../../shared/industry-middle';
import type { SmallBusinessSuggestion } from '../../../shared/small-business';
import type { IndustryNames } from '../../locales/industry-names';
import type { MessageKey, Translate } from '../../locales/languages';

/** 「宿泊業で従業員12人のため小規模事業者に該当します（宿泊業は20人以下）」: the suggestion with its reason. */
export function suggestionText(t: Translate, s: SmallBusinessSuggestion): string {
  return t(s.small ? 'profile.suggestYes' : 'profile.suggestNo', { basis: t(`basis.${s.basis}`), employees: s.employees, limit: s.limit });
}

/** 「76 飲食店」, or the code alone while the names load. */
export function industryLabel(t: Translate, code: string, names: IndustryNames | null): string {
  const name = names?.[code as keyof IndustryNames];
  return name ? t('profile.industryCode', { code, name }) : code;
}

/** 「大分類: M 宿泊業，飲食サービス業」 for a 中分類; null for none. */
export function divisionLine(t: Translate, code: string | null): string | null {
  const division = industryDivisionOf(code);
  return division ? t('profile.industryDivision', { code: division, name: t(`industry.${division}`) }) : null;
}

/** The label of an external system: the list's own, or the stored name of any other. */
export function systemLabel(t: Translate, system: string, known: readonly string[]): string {
  return known.includes(system) ? t(`system.${system}` as MessageKey) : system;
}
