import { computed, signal } from '@preact/signals';
import { translate, type Language } from '../locales/languages';
import { DEFAULT_MESSAGES, loadMessages } from '../locales/load';
import { formatDate, formatDateTime } from '../dates/local-time';

export interface LanguageSetting {
  getValue(): Promise<Language>;
  setValue(value: Language): Promise<void>;
  watch(cb: (value: Language) => void): () => void;
}

/**
 * The language last applied, kept where a page can read it without waiting (the setting
 * itself lives in extension storage, one round trip away).
 */
export interface LanguageHint {
  read(): Language | null;
  write(value: Language): void;
}

/** The UI language and its `t`; every view re-renders when the advisor switches language. */
export function createI18nStore(deps: { language: LanguageSetting; hint?: LanguageHint }) {
  const language = signal<Language>('ja');
  const messages = signal(DEFAULT_MESSAGES);
  const t = computed(() => translate(messages.value));
  let latest = 0;

  async function apply(value: Language): Promise<void> {
    const ticket = ++latest;
    deps.hint?.write(value);
    const loaded = await loadMessages(value);
    if (ticket !== latest) return; // a later switch already won
    messages.value = loaded;
    language.value = value;
  }
  const unwatch = deps.language.watch((value) => void apply(value));

  return {
    language,
    t,
    dateTime: (iso: string) => formatDateTime(iso, language.value),
    date: (isoDate: string) => formatDate(isoDate, language.value),
    /**
     * Resolves when the page can render in the advisor's language: at once from the hint
     * when there is one; the setting, read behind it, corrects it if it changed meanwhile.
     * A read that answers after another switch (a watch, `setLanguage`) is stale and ignored.
     */
    async load(): Promise<void> {
      const hint = deps.hint?.read() ?? null;
      const reading = deps.language.getValue();
      if (!hint) {
        const seen = latest;
        const value = await reading;
        if (latest === seen) await apply(value);
        return;
      }
      await apply(hint);
      const seen = latest;
      void reading
        .then((value) => (latest === seen && value !== hint ? apply(value) : undefined))
        .catch((e: unknown) => console.error('language setting could not be read', e));
    },
    async setLanguage(value: Language): Promise<void> {
      await apply(value);
      await deps.language.setValue(value);
    },
    dispose: unwatch,
  };
}

export type I18nStore = ReturnType<typeof createI18nStore>;
