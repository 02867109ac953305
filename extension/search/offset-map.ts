import { foldText, isHiragana, kanaFolded, WHITE_SPACE } from '../../shared/text';

/**
 * normalizeForSearch (shared/text.ts) with a map back to the original text, built from the same
 * steps chunk by chunk. NFKC can change length (ｶﾞ → ガ, ㈱ → (株), ① → 1) and lower-casing too
 * (İ → i̇), so a match found in the normalised text must be mapped back before it is highlighted
 * on what the advisor wrote.
 */
export interface MappedText {
  /** Equal to normalizeForSearch(original) for everything but exotic context-dependent cases. */
  text: string;
  /** For each code unit of `text`, the original range [starts[i], ends[i]) it came from. */
  starts: Uint32Array;
  ends: Uint32Array;
}

/** Code points that never compose with a neighbour and are their own NFKC form. */
function isPlain(cp: number): boolean {
  return (cp >= 0x21 && cp < 0x7f) || isHiragana(cp) || (cp >= 0x30a1 && cp <= 0x30fa) || (cp >= 0x4e00 && cp <= 0x9fff);
}

/** Common punctuation that is its own NFKC form and no white space: 、。「」・ー. */
const PLAIN_PUNCTUATION = new Set([0x3001, 0x3002, 0x300c, 0x300d, 0x30fb, 0x30fc]);

/** What `cp` becomes when nothing joins it (null: not known without NFKC): plain characters and common punctuation. */
function foldedAlone(cp: number): number | null {
  if (cp >= 0x41 && cp <= 0x5a) return cp + 0x20;
  if (isHiragana(cp)) return kanaFolded(cp);
  return isPlain(cp) || PLAIN_PUNCTUATION.has(cp) ? cp : null;
}

/**
 * Whether `cp` belongs with the code point before it: NFKC composes a base with a following
 * combining mark (か + ゙ → が, including the half-width ﾞ and ﾟ) and Hangul jamo into syllables.
 * Nothing below U+0300 (where the combining marks start) nor the common punctuation does.
 */
function joinsPrevious(cp: number): boolean {
  if (cp < 0x300 || isPlain(cp) || PLAIN_PUNCTUATION.has(cp)) return false;
  const first = String.fromCodePoint(cp).normalize('NFKC').codePointAt(0);
  if (first === undefined) return false;
  return /\p{M}/u.test(String.fromCodePoint(first)) || (first >= 0x1160 && first <= 0x11ff);
}

/** Normalises `original` chunk by chunk, recording where every output code unit came from. */
export function normalizeWithMap(original: string): MappedText {
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < original.length) {
    const start = i;
    const cp = original.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    // Most characters of Japanese text: their own form (or a fixed one), joined by nothing after them.
    const alone = foldedAlone(cp);
    if (alone !== null && (i >= original.length || !joinsPrevious(original.codePointAt(i)!))) {
      text += String.fromCharCode(alone);
      starts.push(start);
      ends.push(i);
      continue;
    }
    while (i < original.length) {
      const next = original.codePointAt(i)!;
      if (!joinsPrevious(next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    const folded = foldText(original.slice(start, i));
    for (let k = 0; k < folded.length; k++) {
      let ch = folded[k]!;
      if (WHITE_SPACE.test(ch)) {
        // Runs of white space collapse to one space, and none leads (trim).
        if (text.length === 0 || text.endsWith(' ')) continue;
        ch = ' ';
      }
      text += ch;
      starts.push(start);
      ends.push(i);
    }
  }
  if (text.endsWith(' ')) {
    text = text.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { text, starts: Uint32Array.from(starts), ends: Uint32Array.from(ends) };
}
