import type { CDPSession, Page } from '@playwright/test';

/** What the page saw of the Enter that confirmed a conversion (to prove the test took the IME's path). */
export interface SeenEnter {
  isComposing: boolean;
  keyCode: number;
}

/**
 * Japanese typed through an IME, driven by Chrome's own input pipeline (DevTools protocol):
 * the reading is composed and converted in the focused field, then Enter confirms it. That
 * Enter reaches the page as Chrome sends it on every OS (keydown, key Enter, keyCode 229,
 * isComposing true, no keypress), and the conversion is committed after it.
 */
export async function imeSession(page: Page) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  return {
    /** Composes `reading`, then converts it to `text`: still composing, nothing committed. */
    async compose(reading: string, text: string): Promise<void> {
      await cdp.send('Input.imeSetComposition', { text: reading, selectionStart: reading.length, selectionEnd: reading.length });
      await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
    },
    /** Enter (with Ctrl when asked) confirming the conversion to `text`, which is then committed. */
    async confirm(text: string, opts: { ctrl?: boolean } = {}): Promise<SeenEnter> {
      const modifiers = opts.ctrl ? 2 : 0;
      await page.evaluate(() => {
        const w = window as unknown as { seenEnter?: Promise<SeenEnter> };
        w.seenEnter = new Promise((resolve) => {
          const seen = (e: KeyboardEvent) => {
            if (e.key !== 'Enter') return;
            document.removeEventListener('keydown', seen, true);
            resolve({ isComposing: e.isComposing, keyCode: e.keyCode });
          };
          document.addEventListener('keydown', seen, true);
        });
      });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'rawKeyDown',
        key: 'Enter',
        code: 'Enter',
        windowsVirtualKeyCode: 229,
        nativeVirtualKeyCode: 229,
        modifiers,
      });
      await cdp.send('Input.insertText', { text });
      await cdp.send('Input.dispatchKeyEvent', {
        type: 'keyUp',
        key: 'Enter',
        code: 'Enter',
        windowsVirtualKeyCode: 13,
        nativeVirtualKeyCode: 13,
        modifiers,
      });
      return page.evaluate(() => (window as unknown as { seenEnter: Promise<SeenEnter> }).seenEnter);
    },
    /** Composes and confirms in one go. */
    async type(reading: string, text: string, opts: { ctrl?: boolean } = {}): Promise<SeenEnter> {
      await this.compose(reading, text);
      return this.confirm(text, opts);
    },
    detach: () => cdp.detach(),
  };
}

/** The IME's Enter, as it must have reached the page for the test to mean anything. */
export const IME_ENTER: SeenEnter = { isComposing: true, keyCode: 229 };

/** Whatever a wrongly taken Enter would have registered, saved or opened has happened by now. */
export { settle } from './idb-rows';
