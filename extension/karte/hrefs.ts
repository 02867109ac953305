/**
 * Links between the extension's own pages. Relative, so a page links to its siblings with no
 * browser API (chrome-extension://<id>/karte.html from any page of the extension).
 */
export function karteHref(businessId: string, consultationId?: string): string {
  const href = `karte.html?id=${encodeURIComponent(businessId)}`;
  return consultationId ? `${href}#${entryAnchor(consultationId)}` : href;
}

/** The element id of the karte's business profile: karte.html?id=…#profile opens it in its editor. */
export const PROFILE_ANCHOR = 'profile';

/** The karte with its profile editor open (the side panel's 「編集」). */
export const karteProfileHref = (businessId: string) => `${karteHref(businessId)}#${PROFILE_ANCHOR}`;

export const FOLLOW_UPS_HREF = 'follow-ups.html';
export const BUSINESSES_HREF = 'businesses.html';
/** The organisation page: staff, invitations and the profile for admins, the tags for managers. */
export const ORGANISATION_HREF = 'organisation.html';
/** The reports page (報告・集計): the organisation's for managers, their own work for advisors. */
export const REPORTS_HREF = 'reports.html';

/** The element id of a consultation in the karte's timeline. */
export const entryAnchor = (consultationId: string) => `c-${consultationId}`;

/** データの書き出し: the whole organisation for admins, their own records for everyone signed in. */
export const EXPORT_HREF = 'export.html';
/** 操作の記録 (the audit log): admins only. */
export const AUDIT_HREF = 'audit.html';
