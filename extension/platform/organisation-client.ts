import type { OrgProfile } from '../../shared/api';
import type { BansoRule } from '../../shared/banso-rule';
import type { StartupAreaTags } from '../../shared/startup-support';
import { createApiClient, type ApiClientDeps, type ApiResult } from './api-client';

/** What 管理職 set for the whole organisation (docs/api.md PUT /v1/organisation/…). */
export function createOrganisationClient(deps: ApiClientDeps) {
  const { call } = createApiClient(deps);
  return {
    saveBansoRule: (rule: BansoRule | null): Promise<ApiResult<OrgProfile>> => call('saveBansoRule', { body: { rule } }),
    saveStartupAreas: (areas: StartupAreaTags | null): Promise<ApiResult<OrgProfile>> => call('saveStartupAreas', { body: { areas } }),
  };
}
