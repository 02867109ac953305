import { orgProfile, type OrgProfile } from '../../shared/api';
import type { BansoRule } from '../../shared/banso-rule';
import type { StartupAreaTags } from '../../shared/startup-support';
import { createApiCall, type ApiCallDeps, type ApiResult } from './api-call';

/** What 管理職 set for the whole organisation (docs/api.md PUT /v1/organisation/…). */
export function createOrganisationClient(deps: ApiCallDeps) {
  const call = createApiCall(deps);
  return {
    saveBansoRule: (rule: BansoRule | null): Promise<ApiResult<OrgProfile>> =>
      call({ method: 'PUT', path: '/v1/organisation/banso-rule', body: { rule } }, orgProfile),
    saveStartupAreas: (areas: StartupAreaTags | null): Promise<ApiResult<OrgProfile>> =>
      call({ method: 'PUT', path: '/v1/organisation/startup-areas', body: { areas } }, orgProfile),
  };
}
