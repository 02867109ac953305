import { describe, expect, it } from 'vitest';
import { parsePatternLines, siteAllowed } from '../../../extension/site-access/allowed';

describe('site access', () => {
  it('allows every web page when both lists are empty, and no non-web page', () => {
    const none = { allow: [], deny: [] };
    expect(siteAllowed('https://portal.example.jp/x', none)).toBe(true);
    expect(siteAllowed('chrome://extensions', none)).toBe(false);
    expect(siteAllowed('not a url', none)).toBe(false);
  });

  it('matches a host and its subdomains, or a * glob, case-insensitively', () => {
    const rules = { allow: ['Example.jp', '*.cybozu.com'], deny: [] };
    expect(siteAllowed('https://example.jp/', rules)).toBe(true);
    expect(siteAllowed('https://bizmil.example.jp/', rules)).toBe(true);
    expect(siteAllowed('https://notexample.jp/', rules)).toBe(false);
    expect(siteAllowed('https://shoko.cybozu.com/k/1', rules)).toBe(true);
    expect(siteAllowed('https://mail.google.com/', rules)).toBe(false);
  });

  it('matches a glob with many stars piece by piece, not by backtracking over a long host', () => {
    const host = `${'a'.repeat(60)}.${'a'.repeat(60)}.${'a'.repeat(60)}.example.jp`;
    expect(siteAllowed(`https://${host}/`, { allow: ['*a*a*a*a*a*a*a*a*b'], deny: [] })).toBe(false);
    expect(siteAllowed(`https://${host}/`, { allow: ['*a*a*.example.jp'], deny: [] })).toBe(true);
  });

  it('lets the deny list win over the allow list', () => {
    const rules = { allow: ['example.jp'], deny: ['private.example.jp'] };
    expect(siteAllowed('https://bizmil.example.jp/', rules)).toBe(true);
    expect(siteAllowed('https://a.private.example.jp/', rules)).toBe(false);
  });

  it('reads one pattern a line from the options form, dropping blanks', () => {
    expect(parsePatternLines(' example.jp \r\n\n*.cybozu.com\n  ')).toEqual(['example.jp', '*.cybozu.com']);
  });
});
