import { browser } from 'wxt/browser';

export interface ActiveTab {
  id: number | null;
  windowId: number | null;
  /** Undefined when the extension may not read this tab (no activeTab grant, no host permission). */
  url: string | undefined;
  title: string | undefined;
}

/** The tab the advisor is looking at in this window. */
export async function readActiveTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? { id: tab.id ?? null, windowId: tab.windowId ?? null, url: tab.url, title: tab.title } : null;
}

/** Calls `onChange` when the advisor switches tab or the tab navigates, until `signal` aborts. */
export function watchActiveTab(onChange: () => void, signal: AbortSignal): void {
  const onUpdated = (_id: number, change: { status?: string; title?: string }) => {
    if (change.status === 'complete' || change.title) onChange();
  };
  browser.tabs.onActivated.addListener(onChange);
  browser.tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener('abort', () => {
    browser.tabs.onActivated.removeListener(onChange);
    browser.tabs.onUpdated.removeListener(onUpdated);
  });
}
