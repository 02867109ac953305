import {
  organisationSearch, referralList, referralView, shareList, shareView,
  type CreateShareRequest, type OrganisationCard, type ReferralOutcome, type ReferralView, type ShareView,
} from '../../shared/wide-area';
import { createApiCall, type ApiCallDeps, type ApiResult } from './api-call';

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

export function createWideAreaClient(deps: ApiCallDeps): WideAreaApi {
  const call = createApiCall(deps);
  const ofBusiness = (businessId?: string) => (businessId ? `?businessId=${encodeURIComponent(businessId)}` : '');
  const id = (value: string) => encodeURIComponent(value);
  return {
    organisations: (q) => call({ path: `/v1/organisations?q=${encodeURIComponent(q)}` }, organisationSearch),
    referrals: (businessId) => call({ path: `/v1/referrals${ofBusiness(businessId)}` }, referralList),
    refer: (input) => call({ method: 'POST', path: '/v1/referrals', body: input }, referralView),
    setOutcome: (refId, outcome, outcomeNote) => call({ method: 'PATCH', path: `/v1/referrals/${id(refId)}`, body: { outcome, outcomeNote } }, referralView),
    shares: (businessId) => call({ path: `/v1/shares${ofBusiness(businessId)}` }, shareList),
    share: (input) => call({ method: 'POST', path: '/v1/shares', body: input }, shareView),
    withdraw: (shareId) => call({ method: 'POST', path: `/v1/shares/${id(shareId)}/withdraw` }, shareView),
    link: (shareId, businessId) => call({ method: 'PUT', path: `/v1/shares/${id(shareId)}/link`, body: { businessId } }, shareView),
  };
}
