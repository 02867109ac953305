import { ja } from './ja';
import type { Language, Messages } from './languages';

/**
 * The catalogue of a language for extension pages. Japanese (the default) is built in;
 * English is a separate chunk fetched only when chosen, keeping it off the popup's start-up path.
 */
export async function loadMessages(language: Language): Promise<Messages> {
  return language === 'en' ? (await import('./en')).en : ja;
}

export const DEFAULT_MESSAGES: Messages = ja;
