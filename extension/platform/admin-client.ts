import * as z from 'zod/mini';
import {
  advisorView, createdInvitation, createdToken, invitationView, orgProfile, page, tokenView,
  type AdvisorView, type InvitationView, type TokenView,
} from '../../shared/api';
import type { AdminApi } from '../state/org-admin-store';
import { createApiCall, type ApiCallDeps, type ApiResult } from './api-call';

/** A list endpoint is paged; the organisation page shows every row, so it follows the cursors (200 a page). */
async function all<T>(
  call: ReturnType<typeof createApiCall>,
  path: string,
  item: z.ZodMiniType<T>,
): Promise<ApiResult<T[]>> {
  const schema = page(item);
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const result = await call({ path: `${path}${query}` }, schema);
    if (!result.ok) return result;
    items.push(...(result.value.items as T[]));
    cursor = result.value.nextCursor;
  } while (cursor);
  return { ok: true, value: items };
}

/** The admin endpoints (docs/api.md "Administration") as the organisation page calls them. */
export function createAdminClient(deps: ApiCallDeps): AdminApi {
  const call = createApiCall(deps);
  return {
    advisors: () => all<AdvisorView>(call, '/v1/admin/advisors', advisorView),
    tokens: () => all<TokenView>(call, '/v1/admin/tokens', tokenView),
    invitations: () => all<InvitationView>(call, '/v1/admin/invitations', invitationView),
    profile: () => call({ path: '/v1/admin/organisation' }, orgProfile),
    updateProfile: (change) => call({ method: 'PATCH', path: '/v1/admin/organisation', body: change }, orgProfile),
    updateAdvisor: (id, change) => call({ method: 'PATCH', path: `/v1/admin/advisors/${encodeURIComponent(id)}`, body: change }, advisorView),
    issueToken: (advisorId, label) =>
      call({ method: 'POST', path: `/v1/admin/advisors/${encodeURIComponent(advisorId)}/tokens`, body: { label } }, createdToken),
    revokeToken: (id) => call({ method: 'DELETE', path: `/v1/admin/tokens/${encodeURIComponent(id)}` }, tokenView),
    invite: (input) => call({ method: 'POST', path: '/v1/admin/invitations', body: input }, createdInvitation),
    revokeInvitation: (id) => call({ method: 'DELETE', path: `/v1/admin/invitations/${encodeURIComponent(id)}` }, invitationView),
  };
}
