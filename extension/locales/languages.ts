import type { MessageKey, Messages } from './ja';

export type { MessageKey, Messages };

export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type MessageParams = Record<string, string | number>;
/** A message not yet turned into text, so it follows a later change of language. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** `t` over one catalogue; `{name}` placeholders take `params.name`, unknown ones stay visible. */
export function translate(messages: Messages): Translate {
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
