import type { Business } from '../../shared/records';

/** The support records of a karte (issue 13). */
export const SUPPORT_KINDS = ['application', 'expertDispatch', 'yearlyFigures', 'demandEvent', 'founder'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** What 事業者として登録 writes on the business: its 屋号・法人名 and legal form once founded. */
export interface Founding {
  name: string;
  legalForm: NonNullable<Business['legalForm']>;
  foundedOn: string;
}
