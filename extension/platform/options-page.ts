import { browser } from 'wxt/browser';

/** Opens the extension's settings (sign-in) in a tab. */
export function openOptionsPage(): void {
  void browser.runtime.openOptionsPage().catch((e: unknown) => console.error('options page not opened', e));
}
