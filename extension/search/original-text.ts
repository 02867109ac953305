/**
 * The original text of a document, kept compactly beside its normalised text. Most notes differ
 * from their normalised form only character for character (hiragana ↔ katakana, A ↔ a,
 * full-width ↔ ASCII, a line break or 全角スペース ↔ space), so two bits per character say
 * which variant was typed: a quarter of a byte instead of two. Anything else (NFKC changing the
 * length, runs of white space) keeps the original string as it is.
 */
export type PackedOriginal = null | Uint8Array | string;

const UNFOLD_SPACE = ['\n', '\u3000', '\t'];

/** The character `code` variant of the normalised code unit `c`, or -1 if there is none. */
function unfold(c: number, code: number): number {
  if (code === 0) return c;
  if (c >= 0x30a1 && c <= 0x30f6) return code === 1 ? c - 0x60 : -1;
  if (c >= 0x61 && c <= 0x7a) return code === 1 ? c - 0x20 : code === 2 ? c + 0xfee0 : c - 0x20 + 0xfee0;
  if (c > 0x20 && c < 0x7f) return code === 2 ? c + 0xfee0 : -1;
  if (c === 0x20) return UNFOLD_SPACE[code - 1]!.charCodeAt(0);
  return -1;
}

/** null when `original` equals `normalized`. */
export function packOriginal(original: string, normalized: string): PackedOriginal {
  if (original === normalized) return null;
  if (original.length !== normalized.length) return original;
  const packed = new Uint8Array((original.length + 3) >> 2);
  for (let i = 0; i < original.length; i++) {
    const o = original.charCodeAt(i);
    const c = normalized.charCodeAt(i);
    if (o === c) continue;
    let code = 1;
    while (code < 4 && unfold(c, code) !== o) code++;
    if (code === 4) return original;
    packed[i >> 2]! |= code << ((i & 3) * 2);
  }
  return packed;
}

export function unpackOriginal(normalized: string, packed: PackedOriginal): string {
  if (packed === null) return normalized;
  if (typeof packed === 'string') return packed;
  let out = '';
  for (let i = 0; i < normalized.length; i++) {
    const code = (packed[i >> 2]! >> ((i & 3) * 2)) & 3;
    out += String.fromCharCode(unfold(normalized.charCodeAt(i), code));
  }
  return out;
}
