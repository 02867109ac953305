import { describe, expect, it } from 'vitest';
import { originOfHostEntry, originOfPattern, portalOrigins, siteOfOrigin } from '../../../extension/site-rules/origins';

describe('the sites a site rule names', () => {
  it.each([
    ['https://bizmil.example.jp/companies/*', 'https://bizmil.example.jp/*'],
    ['*://*.cybozu.com/k/*', '*://*.cybozu.com/*'],
    ['https://*.cybozu.com/k/12/*', 'https://*.cybozu.com/*'],
    ['bizmil.example.jp/companies/*', '*://bizmil.example.jp/*'],
    ['BIZMIL.example.jp', '*://bizmil.example.jp/*'],
    ['http://localhost:4173/portal/*', 'http://localhost/*'],
  ])('%s → %s', (pattern, origin) => {
    expect(originOfPattern(pattern)).toBe(origin);
  });

  it.each(['/^https:\\/\\/toas\\.example\\.jp\\//', '*://*/*', 'https://exa*mple.jp/', 'ftp://example.jp/*', ''])(
    'names no site for %j (a regex, every site, or no host)',
    (pattern) => {
      expect(originOfPattern(pattern)).toBeNull();
    },
  );
});

describe('the sites an entry of the allow list names', () => {
  it.each([
    ['bizmil.example.jp', '*://*.bizmil.example.jp/*'],
    ['https://Bizmil.example.jp/path', '*://*.bizmil.example.jp/*'],
    ['*.cybozu.com', '*://*.cybozu.com/*'],
    ['192.168.10.5', '*://192.168.10.5/*'],
  ])('%s → %s', (entry, origin) => {
    expect(originOfHostEntry(entry)).toBe(origin);
  });

  it.each(['*', 'portal*.example.jp', 'example.jp:8080', ' '])('names no site for %j', (entry) => {
    expect(originOfHostEntry(entry)).toBeNull();
  });
});

describe('what the side panel asks to read', () => {
  const rulePatterns = [
    'https://bizmil.example.jp/companies/*',
    '*://*.cybozu.com/k/12/*',
    '/^https:\\/\\/toas\\.example\\.jp\\//',
    'https://bizmil.example.jp/members/*',
  ];

  it('asks for the portals of the site rules and the allow list, and the page in front, once each', () => {
    expect(portalOrigins({ rulePatterns, allow: ['toas.example.jp', '*'], pageUrl: 'https://news.example.com:8443/a?b=1' })).toEqual([
      'https://bizmil.example.jp/*',
      '*://*.cybozu.com/*',
      '*://*.toas.example.jp/*',
      'https://news.example.com/*',
    ]);
  });

  it('asks for the page in front alone when no portal names a site', () => {
    expect(portalOrigins({ rulePatterns: ['/bizmil/'], allow: ['*'], pageUrl: 'https://bizmil.example.jp/companies/1' })).toEqual([
      'https://bizmil.example.jp/*',
    ]);
  });

  it('asks for nothing, never every site, when nothing names a site', () => {
    expect(portalOrigins({ rulePatterns: ['*://*/*'], allow: [] })).toEqual([]);
    expect(portalOrigins({ rulePatterns: [], allow: [], pageUrl: 'chrome://extensions' })).toEqual([]);
  });

  it('shows a site as a person reads it', () => {
    expect(['https://bizmil.example.jp/*', '*://*.cybozu.com/*'].map(siteOfOrigin)).toEqual(['bizmil.example.jp', '*.cybozu.com']);
  });
});
