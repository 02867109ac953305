import { browser } from 'wxt/browser';
import { karteHref } from '../karte/hrefs';

/** karteHref (karte/hrefs.ts) as an absolute URL, for a new tab: the karte, scrolled to a consultation when given. */
export function karteUrl(businessId: string, consultationId?: string): string {
  return new URL(karteHref(businessId, consultationId), browser.runtime.getURL('/karte.html')).href;
}

/** The advisor's due and overdue next actions across businesses. */
export function followUpsUrl(): string {
  return browser.runtime.getURL('/follow-ups.html');
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
