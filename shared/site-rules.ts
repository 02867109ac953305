import * as z from 'zod/mini';
import { requiredText, uuid } from './fields';
import { globTest } from './glob';
import { regexRisk } from './regex-safety';

/**
 * Site rules (issue 5): how a portal page the advisor has open (BIZミル, TOAS, kintone, a
 * prefectural system) names the business it is about. Organisations edit them in the options
 * and they sync with the organisation, so both sides validate them with this schema.
 *
 * A URL pattern is either
 * - a match pattern `https://bizmil.example.jp/companies/*` (scheme `*` = http or https; host
 *   `*` or `*.example.jp` for subdomains; optional `:port`, none = any port; `*` in the path
 *   matches anything, the query string included), or the same without the scheme
 *   (`bizmil.example.jp/companies/*`, a bare host meaning every page of it);
 * - or a regular expression written `/…/` (flag `i` allowed), tested against the whole URL.
 *
 * Every regular expression a rule holds runs on every URL the advisor opens (and on page text),
 * so one that can backtrack catastrophically (shared/regex-safety.ts) is refused here, and a rule
 * stored before that check is skipped when pages are matched.
 */
export const SITE_RULE_LIMITS = { pattern: 500, selector: 300, attribute: 60 } as const;

const REGEX_FORM = /^\/(.+)\/(i?)$/s;

/** Number of capture groups of a regular expression source, or null when it is not one. */
export function captureGroupCount(source: string): number | null {
  try {
    return new RegExp(`${source}|`).exec('')!.length - 1;
  } catch {
    return null; // not a regular expression: the schema says so in words
  }
}

/** The regular expression of a `/…/` URL pattern, or null for a match pattern. */
function urlPatternRegex(pattern: string): string | null {
  return REGEX_FORM.exec(pattern.trim())?.[1] ?? null;
}

/** The regular expressions a rule runs: its `/…/` URL pattern and its extract regex. */
export function siteRuleRegexes(rule: Pick<SiteRule, 'urlPattern' | 'extract'>): string[] {
  const fromPattern = urlPatternRegex(rule.urlPattern);
  return [fromPattern, rule.extract.regex].filter((r): r is string => r !== null);
}

const UNSAFE_REGEX =
  'この正規表現は、長いURLやページの文字で処理が止まるおそれがあります。繰り返しの中に繰り返しを入れない形、同じ文字で始まる選択肢（a|ab など）を繰り返さない形に書き直してください（例: companies/([\\d-]+)/detail）';
const UNREADABLE_REGEX =
  'この正規表現は、安全に動くか確かめられない書き方（後読み (?<= など）を含むため使えません。別の書き方にしてください';

/** The refusal of an unsafe regular expression, saying what to write instead; null when it is safe or no regular expression at all (another check says so). */
function unsafeRegexMessage(source: string | null): string | null {
  if (source === null || captureGroupCount(source) === null) return null;
  const risk = regexRisk(source);
  return risk === null ? null : risk === 'unreadable' ? UNREADABLE_REGEX : UNSAFE_REGEX;
}

/**
 * The rule's regular expressions that could freeze a page, each on the field that holds it,
 * with what to write instead. Checked on the whole rule (not per field) so the synced record
 * can skip a deleted rule (shared/record-rules.ts): a rule stored before this check can
 * still be deleted, while any rule that may run must pass.
 */
export function regexSafetyIssues(rule: Pick<SiteRule, 'urlPattern' | 'extract'>): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  const fromPattern = unsafeRegexMessage(urlPatternRegex(rule.urlPattern));
  if (fromPattern) issues.push({ path: ['urlPattern'], message: fromPattern });
  const fromExtract = unsafeRegexMessage(rule.extract.regex);
  if (fromExtract) issues.push({ path: ['extract', 'regex'], message: fromExtract });
  return issues;
}

/** The check of regexSafetyIssues as a zod check, for a rule or a live site-rule record. */
export const regexesRunSafely = z.superRefine((rule: Pick<SiteRule, 'urlPattern' | 'extract'>, ctx) => {
  for (const { path, message } of regexSafetyIssues(rule)) ctx.addIssue({ code: 'custom', path, message, input: rule });
});

/** A host pattern as URL.hostname writes hosts (lower case, punycode), keeping a leading `*.`. */
function hostOf(pattern: string): string | null {
  const wildcard = pattern.startsWith('*.');
  const bare = wildcard ? pattern.slice(2) : pattern;
  if (bare === '*') return wildcard ? null : '*';
  if (bare.includes('*')) return null;
  try {
    const host = new URL(`http://${bare}`).hostname;
    return wildcard ? `*.${host}` : host;
  } catch {
    return null; // not a host name
  }
}

/** Compiles a URL pattern into a test on URLs; null when the pattern is malformed. */
export function compileUrlPattern(pattern: string): ((url: string) => boolean) | null {
  const p = pattern.trim();
  const asRegex = REGEX_FORM.exec(p);
  if (asRegex) {
    if (captureGroupCount(asRegex[1]!) === null) return null;
    const re = new RegExp(asRegex[1]!, asRegex[2]);
    return (url) => re.test(url);
  }
  const m = /^(?:([^:/?#]+):\/\/)?([^/?#:]+)(?::(\d{1,5}|\*))?(\/[^#]*)?$/.exec(p);
  const scheme = (m?.[1] ?? '*').toLowerCase();
  const host = m ? hostOf(m[2]!) : null;
  if (!m || host === null || !['*', 'http', 'https'].includes(scheme)) return null;
  const port = m[3] ?? '*';
  const path = globTest(m[4] ?? '/*');
  return (raw) => {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false; // not a URL: no rule applies
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
    if (scheme !== '*' && url.protocol !== `${scheme}:`) return false;
    const h = url.hostname;
    if (host !== '*' && h !== host && !(host.startsWith('*.') && (h === host.slice(2) || h.endsWith(host.slice(1))))) return false;
    if (port !== '*' && (url.port || (url.protocol === 'https:' ? '443' : '80')) !== String(Number(port))) return false;
    return path(url.pathname + url.search);
  };
}

const extractRegex = z.string('正規表現は文字列で指定してください').check(
  z.minLength(1, '正規表現を入力してください'),
  z.maxLength(SITE_RULE_LIMITS.pattern, `正規表現は${SITE_RULE_LIMITS.pattern}文字以内で入力してください`),
  z.refine((s) => captureGroupCount(s) !== null, '正規表現として読めません。書き方を確認してください'),
  z.refine((s) => (captureGroupCount(s) ?? 1) === 1, '取り出す部分を丸かっこ ( ) で1か所だけ囲んでください（例: /companies/(\\d+)）'),
);

/** Where the external ID is read: a part of the URL, or an element of the page (read only when the panel opens). */
export const siteRuleExtract = z.discriminatedUnion(
  'from',
  [
    z.strictObject({ from: z.literal('url'), regex: extractRegex }),
    z.strictObject({
      from: z.literal('selector'),
      selector: requiredText(SITE_RULE_LIMITS.selector, 'CSSセレクタ'),
      /** null: the element's text. */
      attribute: z.nullable(requiredText(SITE_RULE_LIMITS.attribute, '属性名')),
      /** Optional: picks the ID out of the text (one capture group). */
      regex: z.nullable(extractRegex),
    }),
  ],
  { error: '取り出し方（from）は url または selector で指定してください' },
);

/** A rule's fields, each checked on its own; `siteRule` adds the check of its regular expressions. */
export const siteRuleShape = z.strictObject({
  id: uuid('ルールID'),
  name: requiredText(100, 'ルール名'),
  /** The external system the ID belongs to, as in a business's external IDs (BIZミル, TOAS, kintone, …). */
  system: requiredText(40, '外部システム名'),
  urlPattern: requiredText(SITE_RULE_LIMITS.pattern, 'URLパターン').check(
    z.refine(
      (p) => compileUrlPattern(p) !== null,
      'URLパターンの形式が正しくありません（例: https://bizmil.example.jp/companies/* または /^https:\\/\\/bizmil\\.example\\.jp\\// ）',
    ),
  ),
  extract: siteRuleExtract,
  enabled: z.boolean('有効・無効は true / false で指定してください'),
});

export const siteRule = siteRuleShape.check(regexesRunSafely);

export type SiteRule = z.infer<typeof siteRule>;
export type SiteRuleExtract = z.infer<typeof siteRuleExtract>;
