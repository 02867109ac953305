import type { ShareScope, ShareState } from '../../../shared';

/** Whether a share may be read on `today` (JST date): from its consent to its expiry, unless withdrawn. */
export function shareState(share: { consentOn: string; expiresOn: string; withdrawnAt: string | null }, today: string): ShareState {
  if (share.withdrawnAt !== null) return 'withdrawn';
  return today > share.expiresOn ? 'expired' : 'active';
}

/** The business fields a `profile` share carries: what describes the business, not the other organisation's people or ids. */
export const SHARED_PROFILE_FIELDS = [
  'name',
  'nameKana',
  'corporateNumber',
  'legalForm',
  'industry',
  'industryMiddle',
  'employees',
  'municipality',
  'smallBusiness',
  'status',
  'bansoSince',
  'vision',
  'essentialIssue',
  'strengths',
  'weaknesses',
  'disasterName',
  'disasterDamage',
  'disasterCertificate',
  'disasterCertificateDate',
  'disasterRecovery',
  'disasterRecoveryNote',
  'successor',
  'successionTiming',
  'successionReferral',
  'successionReferredOn',
] as const;

export const carries = (scope: readonly ShareScope[], part: ShareScope) => scope.includes(part);
