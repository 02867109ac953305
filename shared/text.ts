/**
 * Normalising text for matching, the one definition the extension's search index and highlighter
 * (extension/search/normalize.ts, offset-map.ts) are built from:
 * 1. NFKC folds full-width/half-width forms (ＡＢＣ→ABC, ｶﾀｶﾅ→カタカナ), then lower-case;
 * 2. each hiragana code unit becomes its katakana (`kanaFolded`), so a kana search finds either spelling;
 * 3. runs of white space become one space, and none leads or trails (`collapseSpaces`).
 */
export const foldWidthAndCase = (value: string): string => value.normalize('NFKC').toLowerCase();

const HIRAGANA_FIRST = 0x3041;
const HIRAGANA_LAST = 0x3096;
/** ぁ (U+3041) + 0x60 = ァ (U+30A1): the katakana block repeats the hiragana one. */
const KANA_SHIFT = 0x60;
const HIRAGANA = /[\u3041-\u3096]/g;
const HAS_HIRAGANA = /[\u3041-\u3096]/;

export const isHiragana = (code: number): boolean => code >= HIRAGANA_FIRST && code <= HIRAGANA_LAST;

/** Step 2 for one UTF-16 code unit. */
export const kanaFolded = (code: number): number => (isHiragana(code) ? code + KANA_SHIFT : code);

/** Steps 1 and 2: what a piece of text becomes, its white space left as it is. */
export function foldText(value: string): string {
  const folded = foldWidthAndCase(value);
  if (!HAS_HIRAGANA.test(folded)) return folded;
  return folded.replace(HIRAGANA, (ch) => String.fromCharCode(kanaFolded(ch.charCodeAt(0))));
}

/** What step 3 collapses: the white space of `\s`. */
export const WHITE_SPACE = /\s/;

/** Step 3. */
export const collapseSpaces = (value: string): string => value.replace(/\s+/g, ' ').trim();

export function normalizeForSearch(value: string): string {
  return collapseSpaces(foldText(value));
}
