import { computed, signal } from '@preact/signals';
import type { OrgProfile } from '../../shared/api';
import { DEFAULT_BANSO_RULE, type BansoRule } from '../../shared/banso-rule';
import type { ApiResult } from '../platform/api-call';
import type { DirectoryStore } from './directory-store';
import type { Notice } from './notice';
import { failed } from './org-admin-store';

export interface BansoRuleDeps {
  /** The organisation as this device knows it (its rule arrives with the directory). */
  directory: DirectoryStore;
  /** PUT /v1/organisation/banso-rule: a rule, or null for the standard one. */
  save: (rule: BansoRule | null) => Promise<ApiResult<OrgProfile>>;
  /** Sync soon, so this device's directory (and every page's suggestion) follows. */
  changed?: () => void;
}

/**
 * 伴走支援の提案 on the organisation page: the rule every device uses (the organisation's, or the
 * standard one), changed by a 管理職 or the システム管理者 through the API.
 */
export function createBansoRuleStore(deps: BansoRuleDeps) {
  /** What the server answered last from this page, until the directory has caught up. */
  const saved = signal<OrgProfile | null>(null);
  const notice = signal<Notice | null>(null);
  const stored = computed(() => (saved.value ?? deps.directory.organisation.value)?.bansoRule ?? null);
  return {
    notice,
    /** Known once the directory has arrived (after the first sync). */
    known: computed(() => saved.value !== null || deps.directory.organisation.value !== null),
    /** Whether the organisation set its own rule. */
    tuned: computed(() => stored.value !== null),
    rule: computed<BansoRule>(() => stored.value ?? DEFAULT_BANSO_RULE),
    start: () => deps.directory.start(),
    async save(rule: BansoRule | null): Promise<boolean> {
      const result = await deps.save(rule);
      if (!result.ok) {
        notice.value = failed(result);
        return false;
      }
      saved.value = result.value;
      notice.value = { tone: 'success', message: { key: rule ? 'bansoRule.saved' : 'bansoRule.reset' } };
      deps.changed?.();
      return true;
    },
  };
}

export type BansoRuleStore = ReturnType<typeof createBansoRuleStore>;
