import { isLanguage, type Language } from '../locales/languages';

const LANGUAGE_HINT_KEY = 'languageHint';

/**
 * The language last shown, kept in the extension pages' own localStorage (synchronous, so a
 * page renders in the right language without waiting for extension storage). Only a cache:
 * the language setting (settings.ts) stays the truth. Absent in the background, which has no localStorage.
 */
export const languageHint = {
  read(): Language | null {
    const value = globalThis.localStorage?.getItem(LANGUAGE_HINT_KEY);
    return isLanguage(value) ? value : null;
  },
  write(value: Language): void {
    globalThis.localStorage?.setItem(LANGUAGE_HINT_KEY, value);
  },
};
