import { LIMITS } from '../../shared/limits';
import { compileUrlPattern } from '../../shared/site-rules';
import { extractFromUrl } from './extract';
import { ruleRunnable } from './match';
import { ruleOf, type SiteRuleForm } from './form';

/** What the 「このURLで試す」 tester says about a pasted URL and the rule being edited. */
export type RuleTest =
  | { kind: 'empty' }
  /** The URL pattern cannot be read (the form shows why under the field). */
  | { kind: 'badPattern' }
  /** A regular expression of the rule could freeze the page on a long URL: it is not run (the form says why). */
  | { kind: 'unsafe' }
  | { kind: 'notUrl' }
  | { kind: 'noMatch' }
  | { kind: 'id'; value: string }
  /** The page matches but the URL holds no ID where the rule looks. */
  | { kind: 'noId' }
  /** The page matches; the ID is read from the page when the side panel opens on it. */
  | { kind: 'fromPage' };

export function testRule(form: SiteRuleForm, rawUrl: string): RuleTest {
  const url = rawUrl.trim();
  if (url === '') return { kind: 'empty' };
  const test = compileUrlPattern(form.urlPattern);
  if (!test) return { kind: 'badPattern' };
  if (!ruleRunnable(ruleOf(form))) return { kind: 'unsafe' };
  if (!/^https?:\/\/[^/]/i.test(url) || !URL.canParse(url)) return { kind: 'notUrl' };
  if (!test(url.slice(0, LIMITS.url))) return { kind: 'noMatch' };
  if (form.from === 'selector') return { kind: 'fromPage' };
  const value = extractFromUrl(ruleOf(form), url);
  return value === null ? { kind: 'noId' } : { kind: 'id', value };
}
