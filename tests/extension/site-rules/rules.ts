import { siteRule, uuidv7, type SiteRule } from '../../../shared';

/** A site rule checked by the shared schema, as options would save it. */
export function aRule(fields: Partial<SiteRule> = {}): SiteRule {
  return siteRule.parse({
    id: uuidv7(),
    name: 'BIZミル 事業者ページ',
    system: 'BIZミル',
    urlPattern: 'https://bizmil.example.jp/companies/*',
    extract: { from: 'url', regex: '/companies/([A-Z0-9]+)' },
    enabled: true,
    ...fields,
  });
}
