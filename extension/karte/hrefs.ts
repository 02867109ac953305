/**
 * Links between the extension's own pages. Relative, so a page links to its siblings with no
 * browser API (chrome-extension://<id>/karte.html from any page of the extension).
 */
export function karteHref(businessId: string, consultationId?: string): string {
  const href = `karte.html?id=${encodeURIComponent(businessId)}`;
  return consultationId ? `${href}#${entryAnchor(consultationId)}` : href;
}

export const FOLLOW_UPS_HREF = 'follow-ups.html';
export const BUSINESSES_HREF = 'businesses.html';
/** The organisation page: staff, invitations and the profile for admins, the tags for managers. */
export const ORGANISATION_HREF = 'organisation.html';

/** The element id of a consultation in the karte's timeline. */
export const entryAnchor = (consultationId: string) => `c-${consultationId}`;
