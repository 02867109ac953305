import { browser } from 'wxt/browser';

/** One setting in the extension's own storage: read (its default while unset), written, watched. */
export interface LocalItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Calls back with the new value whenever any extension page or the background changes it; returns the stop function. */
  watch(cb: (value: T) => void): () => void;
}

/**
 * The setting stored under `key` in `browser.storage.local` (the same key @wxt-dev/storage's
 * `local:<key>` used, so stored settings carry over). These few lines replace that library on
 * every page's start-up path: it is ~3 KB gzip and reads each item's metadata when defined.
 */
export function localItem<T>(key: string, fallback: T): LocalItem<T> {
  return {
    async getValue() {
      const stored = await browser.storage.local.get(key);
      return (stored[key] ?? fallback) as T;
    },
    async setValue(value) {
      await browser.storage.local.set({ [key]: value });
    },
    watch(cb) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && key in changes) cb((changes[key]!.newValue ?? fallback) as T);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
