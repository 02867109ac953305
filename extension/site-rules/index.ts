/** Portal linking: which business a portal page is about, by the organisation's site rules. */
export { cleanExternalId, extractFromDocument, extractFromUrl } from './extract';
export { matchRule, resolvePage, ruleRunnable, type PageMatch } from './match';
export { businessesWithExternalId } from './lookup';
export { PageAccessError } from './page-access-error';
