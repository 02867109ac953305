import { describe, expect, it } from 'vitest';
import { text } from '../../shared/fields';

const note = text(2000, '相談内容');
const refusal = (value: string) => {
  const result = note.safeParse(value);
  return result.success ? null : result.error.issues[0]!.message;
};

describe('text fields and surrogates', () => {
  it.each([
    ['no surrogate at all', '資金繰りの相談'],
    ['a paired surrogate (𠮷)', '𠮷野家さんの相談'],
    ['an emoji at the end', 'ありがとうございました🙂'],
    ['pairs back to back', '🙂🙂𠮷'],
  ])('keeps %s', (_, value) => {
    expect(refusal(value)).toBeNull();
  });

  it.each([
    ['a lone high surrogate at the end', '資金繰り\ud83d'],
    ['a lone low surrogate at the start', '\ude42の相談'],
    ['a lone high surrogate before a pair', '\ud83d🙂'],
    ['a low surrogate after a whole pair', '🙂\ude42'],
    ['two lows in a row', '\ude42\ude42'],
  ])('refuses %s, saying the text holds a broken character', (_, value) => {
    expect(refusal(value)).toMatch(/相談内容に壊れた文字/);
  });
});
