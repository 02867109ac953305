import { describe, expect, it } from 'vitest';
import { compileUrlPattern, siteRule, type SiteRule } from '../../../shared';
import { businessesWithExternalId, extractFromUrl, matchRule, resolvePage, ruleRunnable } from '../../../extension/site-rules';
import { aBusiness } from '../../fixtures/records';
import { aRule } from './rules';

describe('URL patterns', () => {
  it.each([
    ['https://bizmil.example.jp/companies/*', 'https://bizmil.example.jp/companies/BZ012345', true],
    ['https://bizmil.example.jp/companies/*', 'https://bizmil.example.jp/companies/BZ012345?tab=history', true],
    ['https://bizmil.example.jp/companies/*', 'http://bizmil.example.jp/companies/BZ012345', false],
    ['https://bizmil.example.jp/companies/*', 'https://bizmil.example.jp/members/1', false],
    ['*://bizmil.example.jp/*', 'http://bizmil.example.jp/x', true],
    ['https://*.cybozu.com/k/*', 'https://isico.cybozu.com/k/12/show#record=881', true],
    ['https://*.cybozu.com/k/*', 'https://cybozu.com/k/12/', true],
    ['https://*.cybozu.com/k/*', 'https://evilcybozu.com/k/12/', false],
    ['bizmil.example.jp/companies/*', 'https://bizmil.example.jp/companies/1', true],
    ['BIZMIL.example.jp', 'https://bizmil.example.jp/anything', true],
    ['http://localhost:4173/portal/*', 'http://localhost:4173/portal/a', true],
    ['http://localhost:4173/portal/*', 'http://localhost:5000/portal/a', false],
    ['http://localhost/portal/*', 'http://localhost:5000/portal/a', true],
    ['/^https:\\/\\/toas\\.example\\.jp\\/member\\?id=\\d+$/', 'https://toas.example.jp/member?id=42', true],
    ['/^https:\\/\\/toas\\.example\\.jp\\/member\\?id=\\d+$/', 'https://toas.example.jp/member?id=42&x=1', false],
    ['*://*/*', 'chrome-extension://abc/popup.html', false],
    ['*://*/*', 'not a url', false],
  ])('%s on %s → %s', (pattern, url, expected) => {
    expect(compileUrlPattern(pattern)?.(url)).toBe(expected);
  });

  it.each(['https://', 'https://exa*mple.jp/', '/(unclosed/', 'ftp://example.jp/*', ''])('refuses the malformed pattern %j', (pattern) => {
    expect(compileUrlPattern(pattern)).toBeNull();
  });

  it('matches a path with many stars piece by piece, not by backtracking', () => {
    const test = compileUrlPattern('https://bizmil.example.jp/*a*a*a*a*a*a*a*a*b')!;
    expect(test(`https://bizmil.example.jp/${'a'.repeat(2_000)}`)).toBe(false);
    expect(test('https://bizmil.example.jp/xaaaayaaaab')).toBe(true);
    expect(test('https://bizmil.example.jp/ab')).toBe(false);
  });
});

describe('the site-rule schema', () => {
  it('accepts a rule reading the URL and one reading the page', () => {
    expect(aRule().extract).toEqual({ from: 'url', regex: '/companies/([A-Z0-9]+)' });
    const page = aRule({ extract: { from: 'selector', selector: '[data-company-id]', attribute: 'data-company-id', regex: null } });
    expect(page.extract.from).toBe('selector');
  });

  it('explains in Japanese what is wrong with a rule, and changes nothing', () => {
    const base = aRule();
    const messages = (value: unknown) => siteRule.safeParse(value).error?.issues.map((i) => i.message) ?? [];
    expect(messages({ ...base, extract: { from: 'url', regex: '/companies/\\d+' } })).toEqual([expect.stringContaining('1か所だけ')]);
    expect(messages({ ...base, extract: { from: 'url', regex: '/(a)(b)' } })).toEqual([expect.stringContaining('1か所だけ')]);
    expect(messages({ ...base, extract: { from: 'url', regex: '(' } })).toEqual([expect.stringContaining('正規表現として読めません')]);
    expect(messages({ ...base, urlPattern: 'https://exa*mple.jp/' })).toEqual([expect.stringContaining('URLパターンの形式')]);
    expect(messages({ ...base, extract: { from: 'dom' } })).toEqual([expect.stringContaining('url または selector')]);
    expect(base.urlPattern).toBe('https://bizmil.example.jp/companies/*');
  });

  const UNSAFE = ['companies/((?:\\d+-?)+)/detail', '(a+)+', '(.*a){20}', '(a|a)*', '(\\d|\\d\\d)+', '(a|ab)*'];

  it.each(UNSAFE)('refuses the regex %s, which could freeze a page, saying how to write it instead', (regex) => {
    const base = aRule();
    const issues = (value: unknown) =>
      siteRule.safeParse(value).error?.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) ?? [];
    const refusal = { message: expect.stringMatching(/処理が止まるおそれ.*companies\/\(\[\\d-\]\+\)\/detail/) };
    expect(issues({ ...base, extract: { from: 'url', regex } })).toEqual([{ path: 'extract.regex', ...refusal }]);
    expect(issues({ ...base, extract: { from: 'selector', selector: '#id', attribute: null, regex } })).toEqual([
      { path: 'extract.regex', ...refusal },
    ]);
    expect(issues({ ...base, urlPattern: `/^https:\\/\\/bizmil\\.example\\.jp\\/${regex}/i` })).toEqual([
      { path: 'urlPattern', ...refusal },
    ]);
  });

  it('refuses a regex it cannot check, saying so', () => {
    const result = siteRule.safeParse({ ...aRule(), extract: { from: 'url', regex: '(?<=id=)(\\d+)' } });
    expect(result.error?.issues.map((i) => i.message)).toEqual([expect.stringContaining('安全に動くか確かめられない')]);
  });

  it.each([
    ['/companies/([A-Z0-9]+)', 'https://bizmil.example.jp/companies/*'],
    ['#record=(\\d+)', 'https://*.cybozu.com/k/12/*'],
    ['[?&]id=(BZ\\d+)', '/^https:\\/\\/toas\\.example\\.jp\\/member\\?id=\\d+$/'],
    ['name=([^&]+)', '*://*/*'],
    ['companies/([\\d-]+)/detail', '/^https?:\\/\\/(www\\.)?bizmil\\.example\\.jp\\//i'],
  ])('still accepts the everyday regex %s with the pattern %s', (regex, urlPattern) => {
    expect(siteRule.safeParse({ ...aRule(), urlPattern, extract: { from: 'url', regex } }).success).toBe(true);
  });
});

describe('a rule stored before unsafe regexes were refused', () => {
  /** As it sits in IndexedDB: it was valid when it was saved, so it is not parsed again. */
  const stored = (fields: Partial<SiteRule>): SiteRule => ({ ...aRule(), ...fields });
  const url = `https://bizmil.example.jp/companies/${'1234567'.repeat(4)}x/detail`;

  it('is skipped when its extract regex could backtrack, so a URL of 28 digits finds nothing', () => {
    const rule = stored({ extract: { from: 'url', regex: 'companies/((?:\\d+-?)+)/detail' } });
    expect(ruleRunnable(rule)).toBe(false);
    expect(matchRule(url, [rule])).toBeNull();
    expect(resolvePage(url, [rule])).toBeNull();
  });

  it('is skipped when its URL pattern is such a regex, and the next rule applies', () => {
    const rule = stored({ urlPattern: '/bizmil\\.example\\.jp\\/companies\\/((?:\\d+-?)+)\\/detail/' });
    const next = aRule({ extract: { from: 'url', regex: 'companies/(\\d+)' } });
    expect(ruleRunnable(rule)).toBe(false);
    expect(matchRule(url, [rule, next])).toBe(next);
    expect(resolvePage(url, [rule, next])).toMatchObject({ rule: next, externalId: '1234567'.repeat(4) });
  });
});

describe('matching a page to a business', () => {
  const bizmil = aRule();
  const kintone = aRule({
    name: 'kintone 事業者アプリ',
    system: 'kintone',
    urlPattern: 'https://*.cybozu.com/k/12/*',
    extract: { from: 'url', regex: '#record=(\\d+)' },
  });
  const page = aRule({
    name: 'TOAS',
    system: 'TOAS',
    urlPattern: 'https://toas.example.jp/*',
    extract: { from: 'selector', selector: '#member-no', attribute: null, regex: null },
  });

  it('takes the first enabled rule that matches, in the order given', () => {
    const catchAll = aRule({ name: 'どこでも', urlPattern: '*://*/*', enabled: false });
    expect(matchRule('https://bizmil.example.jp/companies/BZ1', [catchAll, kintone, bizmil])).toBe(bizmil);
    expect(matchRule('https://example.com/', [catchAll, kintone, bizmil])).toBeNull();
  });

  it('reads the external ID from the URL, decoded and trimmed', () => {
    expect(extractFromUrl(kintone, 'https://isico.cybozu.com/k/12/show#record=881')).toBe('881');
    const encoded = aRule({ extract: { from: 'url', regex: 'name=([^&]+)' }, urlPattern: '*://*/*' });
    expect(extractFromUrl(encoded, 'https://x.jp/?name=%E3%81%BF%E3%81%AA%E3%81%A8%20')).toBe('みなと');
    expect(extractFromUrl(bizmil, 'https://bizmil.example.jp/companies/')).toBeNull();
    expect(extractFromUrl(page, 'https://toas.example.jp/member/1')).toBeNull();
  });

  it('just matches again when a single-page app changes the URL without reloading', () => {
    expect(resolvePage('https://bizmil.example.jp/companies/BZ000001', [bizmil])).toMatchObject({
      externalId: 'BZ000001',
      needsPage: false,
    });
    expect(resolvePage('https://bizmil.example.jp/companies/BZ000002?tab=notes', [bizmil])).toMatchObject({ externalId: 'BZ000002' });
    expect(resolvePage('https://bizmil.example.jp/search?q=%E6%B0%B4%E7%94%A3', [bizmil])).toBeNull();
  });

  it('says when the ID must be read from the page itself', () => {
    expect(resolvePage('https://toas.example.jp/member/1', [page])).toEqual({ rule: page, externalId: null, needsPage: true });
  });

  it('finds the business linked to that external ID, whatever the width and case', () => {
    const linked = aBusiness({ externalIds: [{ system: 'BIZミル', value: 'BZ000001' }] });
    const other = aBusiness({ externalIds: [{ system: 'TOAS', value: 'BZ000001' }] });
    const gone = aBusiness({ externalIds: [{ system: 'BIZミル', value: 'BZ000001' }], deleted: true });
    expect(businessesWithExternalId([other, linked, gone], 'bizミル', 'ＢＺ000001')).toEqual([linked]);
    expect(businessesWithExternalId([linked], 'BIZミル', ' ')).toEqual([]);
  });
});
