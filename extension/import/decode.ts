/** The encodings a business list arrives in: UTF-8 (with or without BOM), Shift_JIS (what Japanese Excel saves as CSV), UTF-16 (Excel's 「Unicode テキスト」). */
export type FileEncoding = 'utf-8' | 'shift_jis' | 'utf-16le' | 'utf-16be';

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * The text of a file and the encoding it was read in. A BOM decides; without one, the bytes are
 * UTF-8 if they are valid UTF-8 (Shift_JIS text almost never is), else Shift_JIS. Decoding is the
 * platform's own TextDecoder (the WHATWG Encoding Standard's Shift_JIS, which is Windows' code
 * page 932 with its NEC and IBM extensions), not a table of our own.
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: FileEncoding } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch (err) {
    if (!(err instanceof TypeError)) throw err; // TypeError: not valid UTF-8
    return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
  }
}
