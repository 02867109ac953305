import type { Message } from '../locales/languages';

/** A message for the advisor, kept untranslated so it follows a change of language. */
export interface Notice {
  tone: 'success' | 'error';
  message: Message;
}
