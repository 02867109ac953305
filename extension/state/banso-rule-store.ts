import { DEFAULT_BANSO_RULE, type BansoRule } from '../../shared/banso-rule';
import type { OrgProfile } from '../../shared/api';
import type { ApiResult } from '../platform/api-client';
import type { DirectoryStore } from './directory-store';
import { createOrgSettingStore, type OrgSettingStore } from './org-setting-store';

export interface BansoRuleDeps {
  directory: DirectoryStore;
  /** PUT /v1/organisation/banso-rule: a rule, or null for the standard one. */
  save: (rule: BansoRule | null) => Promise<ApiResult<OrgProfile>>;
  changed?: () => void;
}

/** 伴走支援の提案 on the organisation page: the rule every device uses, changed by a 管理職 or the システム管理者. */
export function createBansoRuleStore(deps: BansoRuleDeps): BansoRuleStore {
  return createOrgSettingStore<BansoRule>({
    ...deps,
    read: (o) => o.bansoRule,
    standard: DEFAULT_BANSO_RULE,
    messages: { saved: 'bansoRule.saved', reset: 'bansoRule.reset' },
  });
}

export type BansoRuleStore = OrgSettingStore<BansoRule>;
