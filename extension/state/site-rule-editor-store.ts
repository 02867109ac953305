import { computed, signal } from '@preact/signals';
import type { SiteRuleRecord } from '../../shared/records';
import type { LocalSiteRule } from '../db/schema';
import { RecordValidationError } from '../db/validation-error';
import { ruleRunnable } from '../site-rules';
import { originOfPattern } from '../site-rules/origins';
import type { Notice } from './notice';
import { errorsByField, fieldsOf, formOf, NEW_RULE, type FieldErrors, type SiteRuleForm } from '../site-rules/form';
import { testRule } from '../site-rules/tester';
import { editsSiteRules, type Viewer } from '../org/viewer';

type Fields = Omit<SiteRuleRecord, 'deleted'>;

export interface SiteRuleEditorDeps {
  /** Calls back with the live (not deleted) rules in order; returns the stop function. */
  observe: (onChange: (rules: LocalSiteRule[]) => void) => () => void;
  create: (fields: Fields) => Promise<LocalSiteRule>;
  update: (id: string, change: Partial<SiteRuleRecord>) => Promise<LocalSiteRule | null>;
  remove: (id: string) => Promise<unknown>;
  viewer: Viewer;
  /** Asks (from the Save click) to read these sites' pages; true when granted. */
  requestAccess: (origins: string[]) => Promise<boolean>;
}

/**
 * The 「サイトルール」 section of the options: the organisation's rules, one form to add or
 * edit a rule (validated by the shared schema on save, its messages shown per field) and a
 * tester for a pasted URL. Read-only for a signed-in advisor who is not a manager.
 */
export function createSiteRuleEditorStore(deps: SiteRuleEditorDeps) {
  const rules = signal<LocalSiteRule[]>([]);
  const viewer = signal<Viewer>(deps.viewer);
  const canEdit = computed(() => editsSiteRules(viewer.value));
  const editing = signal<SiteRuleForm | null>(null);
  const errors = signal<FieldErrors>({});
  const notice = signal<Notice | null>(null);
  const testUrl = signal('');
  const test = computed(() => (editing.value ? testRule(editing.value, testUrl.value) : { kind: 'empty' as const }));
  /** Rules stored before unsafe regular expressions were refused: pages skip them until they are rewritten. */
  const unsafe = computed(() => new Set(rules.value.filter((r) => !ruleRunnable(r)).map((r) => r.id)));
  let stop: (() => void) | null = null;

  async function guarded(write: () => Promise<unknown>, done: Notice['message']['key']): Promise<boolean> {
    if (!canEdit.value) return false;
    try {
      await write();
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      errors.value = errorsByField(e.issues);
      notice.value = { tone: 'error', message: { key: 'siteRules.invalid' } };
      return false;
    }
    notice.value = { tone: 'success', message: { key: done } };
    return true;
  }

  return {
    rules,
    viewer,
    canEdit,
    editing,
    errors,
    notice,
    testUrl,
    test,
    unsafe,
    start(): void {
      stop ??= deps.observe((next) => (rules.value = next));
    },
    setViewer(next: Viewer): void {
      viewer.value = next;
      if (!editsSiteRules(next)) editing.value = null;
    },
    add(): void {
      editing.value = { ...NEW_RULE };
      errors.value = {};
      notice.value = null;
    },
    edit(rule: LocalSiteRule): void {
      editing.value = formOf(rule);
      errors.value = {};
      notice.value = null;
    },
    change(patch: Partial<SiteRuleForm>): void {
      if (!editing.value) return;
      editing.value = { ...editing.value, ...patch };
      // A field's message goes once it is edited again.
      errors.value = Object.fromEntries(Object.entries(errors.value).filter(([k]) => !(k in patch)));
    },
    cancel(): void {
      editing.value = null;
      errors.value = {};
    },
    /** Saves the form; true when stored. Then asks for access to the rule's site. */
    async save(): Promise<boolean> {
      const form = editing.value;
      if (!form) return false;
      const fields = fieldsOf(form);
      const saved = await guarded(() => (form.id ? deps.update(form.id, fields) : deps.create(fields)), 'siteRules.saved');
      if (!saved) return false;
      editing.value = null;
      errors.value = {};
      const origin = originOfPattern(form.urlPattern);
      if (origin && !(await deps.requestAccess([origin]))) notice.value = { tone: 'error', message: { key: 'siteRules.accessDenied' } };
      return true;
    },
    remove: (rule: LocalSiteRule) => guarded(() => deps.remove(rule.id), 'siteRules.deleted'),
    setEnabled: (rule: LocalSiteRule, enabled: boolean) =>
      guarded(() => deps.update(rule.id, { enabled }), enabled ? 'siteRules.enabledNow' : 'siteRules.disabledNow'),
    dispose(): void {
      stop?.();
    },
  };
}

export type SiteRuleEditorStore = ReturnType<typeof createSiteRuleEditorStore>;
