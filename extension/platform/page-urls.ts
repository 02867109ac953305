import { browser } from 'wxt/browser';

/** The full karte of a business; with a consultation, scrolled to it in the timeline. */
export function karteUrl(businessId: string, consultationId?: string): string {
  const url = `${browser.runtime.getURL('/karte.html')}?id=${encodeURIComponent(businessId)}`;
  return consultationId ? `${url}#c-${consultationId}` : url;
}

/** The advisor's due and overdue next actions across businesses. */
export function followUpsUrl(): string {
  return browser.runtime.getURL('/follow-ups.html');
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}
