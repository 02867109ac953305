import { LIMITS } from '../../shared/limits';
import { normalizePageUrl } from '../../shared/page-url';
import type { PageLink } from './consultation-draft';
import { siteAllowed, type SiteAccess } from '../site-access/allowed';

/**
 * The link a consultation keeps to the page it was captured beside: the normalised URL
 * (null for non-http pages, over-long URLs and sites the advisor excluded) and the title
 * cut to the schema's limit.
 */
export function pageLink(rawUrl: string | undefined, rawTitle: string | undefined, access: SiteAccess): PageLink {
  const url = rawUrl ? normalizePageUrl(rawUrl) : null;
  if (!url || url.length > LIMITS.url || !siteAllowed(url, access)) return { url: null, title: '' };
  return { url, title: (rawTitle ?? '').slice(0, LIMITS.title) };
}
