/**
 * Normalises text for matching: NFKC folds full-width/half-width forms (ＡＢＣ→ABC,
 * ｶﾀｶﾅ→カタカナ), then lower-cases. Hiragana is mapped to katakana so a kana
 * search finds either spelling.
 */
export function normalizeForSearch(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
    .replace(/\s+/g, ' ')
    .trim();
}
