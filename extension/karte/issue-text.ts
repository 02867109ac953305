import { normalizeForSearch } from '../../shared/text';

/**
 * Everyday spellings of one word that Japanese writes either way (「出来ていない」「できていない」):
 * the kanji spelling is turned into kana before two 本質的課題 are compared. Only spellings that
 * cannot be part of another word are listed.
 */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/出来/g, 'でき'],
  [/下さい/g, 'ください'],
  [/頂(?=[いきくけこ])/g, 'いただ'],
  [/分か(?=[らりるれろっ])/g, 'わか'],
  [/解(?=[らりるれろっ])/g, 'わか'],
  [/無い/g, 'ない'],
  [/有る/g, 'ある'],
  [/全て/g, 'すべて'],
  [/様(?=[にな])/g, 'よう'],
  [/為(?=[にの])/g, 'ため'],
];

/** A 本質的課題 as compared: spellings unified, width and kana folded, punctuation and spaces gone. */
export function issueKey(text: string): string {
  let s = text;
  for (const [from, to] of SPELLINGS) s = s.replace(from, to);
  return normalizeForSearch(s).replace(/[\s、。，．,.・「」『』（）()!！?？]/g, '');
}

/** Two 本質的課題 are the same when they read the same after issueKey (not when empty). */
export function sameIssue(a: string, b: string): boolean {
  const x = issueKey(a);
  return x !== '' && x === issueKey(b);
}
