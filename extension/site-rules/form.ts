import type { LocalSiteRule } from '../db/schema';
import type { SiteRuleRecord } from '../../shared/records';
import type { SiteRule } from '../../shared/site-rules';

/** A site rule as the options form holds it: every input as typed. */
export interface SiteRuleForm {
  /** null: a new rule. */
  id: string | null;
  name: string;
  system: string;
  urlPattern: string;
  from: 'url' | 'selector';
  /** URL rules: the regex with one group. Selector rules: optional, picks the ID out of the text. */
  regex: string;
  selector: string;
  /** Selector rules: read this attribute ('' = the element's text). */
  attribute: string;
  enabled: boolean;
}

export type SiteRuleField = 'name' | 'system' | 'urlPattern' | 'from' | 'regex' | 'selector' | 'attribute';
export type FieldErrors = Partial<Record<SiteRuleField, string>>;

export const NEW_RULE: SiteRuleForm = {
  id: null,
  name: '',
  system: '',
  urlPattern: '',
  from: 'url',
  regex: '',
  selector: '',
  attribute: '',
  enabled: true,
};

export function formOf(rule: LocalSiteRule): SiteRuleForm {
  const e = rule.extract;
  return {
    id: rule.id,
    name: rule.name,
    system: rule.system,
    urlPattern: rule.urlPattern,
    from: e.from,
    regex: e.regex ?? '',
    selector: e.from === 'selector' ? e.selector : '',
    attribute: e.from === 'selector' ? (e.attribute ?? '') : '',
    enabled: rule.enabled,
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** The record fields of a form (the repository validates them with the shared schema). */
export function fieldsOf(form: SiteRuleForm): Omit<SiteRuleRecord, 'deleted'> {
  return {
    name: form.name,
    system: form.system,
    urlPattern: form.urlPattern,
    enabled: form.enabled,
    extract:
      form.from === 'url'
        ? { from: 'url', regex: form.regex }
        : { from: 'selector', selector: form.selector, attribute: orNull(form.attribute), regex: orNull(form.regex) },
  };
}

/** The form as a rule the matcher takes (for the tester, before it is saved). */
export function ruleOf(form: SiteRuleForm): SiteRule {
  return { id: form.id ?? 'draft', ...fieldsOf(form) };
}

const FIELDS: readonly SiteRuleField[] = ['name', 'system', 'urlPattern', 'from', 'regex', 'selector', 'attribute'];

/**
 * The schema's messages by form field: `extract.regex` is the regex input, `extract` alone
 * (the kind of extraction) is the `from` choice. The first message of a field is shown.
 */
export function errorsByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [head, sub] = issue.path;
    const key = head === 'extract' ? (typeof sub === 'string' ? sub : 'from') : head;
    const field = FIELDS.find((f) => f === key) ?? 'name';
    errors[field] ??= issue.message;
  }
  return errors;
}
