import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { SiteRule } from '../../shared/site-rules';
import { extractFromDocument } from '../site-rules/extract';

// Injected into a portal page by the side panel (platform/page-reader.ts) only while it is open:
// leaves one read-only function in the extension's isolated world, which the panel then calls
// with the rule. Nothing on the page is changed, nothing stays listening.
export default defineUnlistedScript(() => {
  (globalThis as { __bansoReadExternalId?: (rule: SiteRule) => string | null }).__bansoReadExternalId = (rule) =>
    extractFromDocument(rule, document);
});
