import { describe, expect, it } from 'vitest';
import { normalizePageUrl } from '../../shared';

describe('normalizePageUrl', () => {
  it('drops the fragment and tracking parameters, keeping the ones that identify the page', () => {
    expect(normalizePageUrl('https://bizmil.example.jp/cases/42?utm_source=mail&tab=notes&fbclid=x&id=7#history')).toBe(
      'https://bizmil.example.jp/cases/42?id=7&tab=notes',
    );
  });

  it('orders the remaining parameters, so one page gives one link', () => {
    expect(normalizePageUrl('https://a.example/p?b=2&a=1')).toBe(normalizePageUrl('https://a.example/p?a=1&b=2'));
  });

  it('drops credentials and keeps Japanese paths usable', () => {
    expect(normalizePageUrl('https://user:pw@portal.example.jp/事業者/一覧')).toBe(
      'https://portal.example.jp/%E4%BA%8B%E6%A5%AD%E8%80%85/%E4%B8%80%E8%A6%A7',
    );
  });

  it('returns null for pages that are not http(s) and for text that is not a URL', () => {
    for (const raw of ['chrome-extension://gfmnkffklchicdfmaoekbfcaidfoeooj/popup.html', 'file:///tmp/a.html', 'about:blank', 'hello']) {
      expect(normalizePageUrl(raw)).toBeNull();
    }
  });
});
