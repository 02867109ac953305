import { industryDivisionOf } from './industry-middle';
import type { IndustryCode } from './industry';

/**
 * 小規模事業者 by the legal definition (中小企業基本法 第2条第5項, 小規模事業者支援法 第2条): 常時使用する
 * 従業員 商業・サービス業 5人以下, 宿泊業・娯楽業 20人以下 (政令), 製造業その他 20人以下. The 大分類
 * alone cannot decide it (宿泊業 75 and 飲食店 76 are both M), so the rule reads the 中分類.
 */
export type SmallBusinessBasis = 'accommodation' | 'amusement' | 'commerce' | 'manufacturing';

/** The most employees a 小規模事業者 of each basis has. */
export const SMALL_BUSINESS_LIMITS: Readonly<Record<SmallBusinessBasis, number>> = {
  accommodation: 20,
  amusement: 20,
  commerce: 5,
  manufacturing: 20,
};

/** 商業・サービス業: 卸売・小売 (I) and the service divisions; A–F, H, S and T are 製造業その他. */
const COMMERCE_AND_SERVICES: ReadonlySet<IndustryCode> = new Set(['G', 'I', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R']);

export interface SmallBusinessSuggestion {
  small: boolean;
  basis: SmallBusinessBasis;
  /** The limit that applied (5 or 20). */
  limit: number;
  employees: number;
}

/** Which limit of the definition a 中分類 falls under; null when it is not a 中分類 code. */
export function smallBusinessBasis(industryMiddle: string | null | undefined): SmallBusinessBasis | null {
  if (industryMiddle === '75') return 'accommodation';
  if (industryMiddle === '80') return 'amusement';
  const division = industryDivisionOf(industryMiddle);
  if (!division) return null;
  return COMMERCE_AND_SERVICES.has(division) ? 'commerce' : 'manufacturing';
}

/**
 * What the definition says for this 業種 and headcount; null when either is unknown (the advisor
 * decides alone). A suggestion only: `smallBusiness` stores the advisor's decision.
 */
export function suggestSmallBusiness(
  industryMiddle: string | null | undefined,
  employees: number | null | undefined,
): SmallBusinessSuggestion | null {
  const basis = smallBusinessBasis(industryMiddle);
  if (!basis || typeof employees !== 'number' || !Number.isInteger(employees) || employees < 0) return null;
  const limit = SMALL_BUSINESS_LIMITS[basis];
  return { small: employees <= limit, basis, limit, employees };
}
