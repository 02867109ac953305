import { en } from './en';
import { ja } from './ja';
import { translate, type Language, type Messages, type Translate } from './languages';

export * from './languages';

const CATALOGUES: Record<Language, Messages> = { ja, en };

/**
 * `t` for one language, synchronously (both catalogues loaded): for the background and tests.
 * Extension pages use `loadMessages` (./load) so English loads only when chosen.
 */
export function translator(language: Language): Translate {
  return translate(CATALOGUES[language]);
}
