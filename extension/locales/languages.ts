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

/**
 * `t` over one catalogue; `{name}` placeholders take `params.name`, unknown ones stay visible.
 * Each message with placeholders is split once, on first use: a karte's timeline asks for the
 * same few messages hundreds of times while it opens.
 */
export function translate(messages: Messages): Translate {
  const split = new Map<MessageKey, readonly string[]>();
  return (key, params) => {
    if (params === undefined) return messages[key];
    let parts = split.get(key);
    // Text and placeholder names alternate: ['a ', 'name', ' b'].
    if (!parts) split.set(key, (parts = messages[key].split(/\{(\w+)\}/)));
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
    }
    return out;
  };
}

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
