import type { CreateShareRequest, OrganisationCard, ReferralOutcome, ReferralView, ShareView } from '../../shared/wide-area';
import { createApiClient, type ApiClientDeps, type ApiResult } from './api-client';

/** The 広域連携 endpoints (docs/api.md "Between organisations"). */
export interface WideAreaApi {
  organisations(q: string): Promise<ApiResult<{ organisations: OrganisationCard[] }>>;
  referrals(businessId?: string): Promise<ApiResult<{ sent: ReferralView[]; received: ReferralView[] }>>;
  refer(input: { toOrgId: string; businessId: string; reason: string; referredOn: string }): Promise<ApiResult<ReferralView>>;
  setOutcome(id: string, outcome: ReferralOutcome, outcomeNote: string): Promise<ApiResult<ReferralView>>;
  shares(businessId?: string): Promise<ApiResult<{ outgoing: ShareView[]; incoming: ShareView[] }>>;
  share(input: CreateShareRequest): Promise<ApiResult<ShareView>>;
  withdraw(id: string): Promise<ApiResult<ShareView>>;
  link(id: string, businessId: string | null): Promise<ApiResult<ShareView>>;
}

/** The 広域連携 endpoints through the extension's one API client. */
export function createWideAreaClient(deps: ApiClientDeps): WideAreaApi {
  const { call } = createApiClient(deps);
  return {
    organisations: (q) => call('organisations', { query: { q } }),
    referrals: (businessId) => call('referrals', { query: { businessId } }),
    refer: (input) => call('createReferral', { body: input }),
    setOutcome: (id, outcome, outcomeNote) => call('updateReferral', { params: { id }, body: { outcome, outcomeNote } }),
    shares: (businessId) => call('shares', { query: { businessId } }),
    share: (input) => call('createShare', { body: input }),
    withdraw: (id) => call('withdrawShare', { params: { id } }),
    link: (id, businessId) => call('linkShare', { params: { id }, body: { businessId } }),
  };
}
