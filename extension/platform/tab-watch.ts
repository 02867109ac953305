import { browser } from 'wxt/browser';

/**
 * Calls `onChange` when the advisor switches tab or the tab goes to another address, also
 * without a page load (a single-page app's history.pushState changes only the URL), until
 * `signal` aborts. Events that come together are reported once.
 */
export function watchTabAddress(onChange: () => void, signal: AbortSignal, quietMs = 50): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      onChange();
    }, quietMs);
  };
  const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
    if (change.url !== undefined || change.status === 'complete') fire();
  };
  browser.tabs.onActivated.addListener(fire);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(fire);
  signal.addEventListener('abort', () => {
    if (timer !== null) clearTimeout(timer);
    browser.tabs.onActivated.removeListener(fire);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(fire);
  });
}
