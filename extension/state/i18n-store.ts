import { computed, signal } from '@preact/signals';
import { translate, type Language } from '../locales/languages';
import { DEFAULT_MESSAGES, loadMessages } from '../locales/load';
import { formatDate, formatDateTime } from './local-time';

export interface LanguageSetting {
  getValue(): Promise<Language>;
  setValue(value: Language): Promise<void>;
  watch(cb: (value: Language) => void): () => void;
}

/** The UI language and its `t`; every view re-renders when the advisor switches language. */
export function createI18nStore(deps: { language: LanguageSetting }) {
  const language = signal<Language>('ja');
  const messages = signal(DEFAULT_MESSAGES);
  const t = computed(() => translate(messages.value));
  let latest = 0;

  async function apply(value: Language): Promise<void> {
    const ticket = ++latest;
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
    load: async () => apply(await deps.language.getValue()),
    async setLanguage(value: Language): Promise<void> {
      await apply(value);
      await deps.language.setValue(value);
    },
    dispose: unwatch,
  };
}

export type I18nStore = ReturnType<typeof createI18nStore>;
