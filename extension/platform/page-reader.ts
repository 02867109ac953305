import { browser } from 'wxt/browser';
import type { SiteRule } from '../../shared/site-rules';
import { PageAccessError } from '../site-rules/page-access-error';

/** The unlisted script (entrypoints/read-external-id.ts) as the build names it. */
const READER_FILE = '/read-external-id.js';

/**
 * Reads a rule's external ID from the page in tab `tabId` with the site-rules code itself
 * (extractFromDocument), run in the extension's isolated world of the page: first the file
 * that defines it, then a call with the rule. Throws PageAccessError when the browser does
 * not let the extension into the page (no host access to the site).
 */
export async function readIdFromPage(tabId: number, rule: SiteRule): Promise<string | null> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
    // The rule travels as JSON text: Chrome drops null members of an argument object, and
    // `attribute: null` / `regex: null` mean something (read the text / take it whole).
    const [first] = await browser.scripting.executeScript({
      target: { tabId },
      func: (json: string) =>
        (globalThis as { __bansoReadExternalId?: (rule: SiteRule) => string | null }).__bansoReadExternalId?.(
          JSON.parse(json) as SiteRule,
        ) ?? null,
      args: [JSON.stringify(rule)],
    });
    return typeof first?.result === 'string' ? first.result : null;
  } catch (e) {
    throw new PageAccessError(e instanceof Error ? e.message : String(e));
  }
}
