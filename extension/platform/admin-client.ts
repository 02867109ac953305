import type { AdminApi } from '../state/org-admin-store';
import { createApiClient, type ApiClientDeps, type ApiResult } from './api-client';

type Page<T> = { items: T[]; nextCursor: string | null };

/** A list endpoint is paged; the organisation page shows every row, so it follows the cursors (200 a page). */
async function all<T>(page: (cursor: string | undefined) => Promise<ApiResult<Page<T>>>): Promise<ApiResult<T[]>> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const result: ApiResult<Page<T>> = await page(cursor ?? undefined);
    if (!result.ok) return result;
    items.push(...result.value.items);
    cursor = result.value.nextCursor;
  } while (cursor);
  return { ok: true, value: items };
}

/** The admin endpoints (docs/api.md "Administration") as the organisation page's store uses them. */
export function createAdminClient(deps: ApiClientDeps): AdminApi {
  const { call } = createApiClient(deps);
  return {
    advisors: () => all((cursor) => call('listAdvisors', { query: { limit: 200, cursor } })),
    tokens: () => all((cursor) => call('listTokens', { query: { limit: 200, cursor } })),
    invitations: () => all((cursor) => call('listInvitations', { query: { limit: 200, cursor } })),
    profile: () => call('organisationProfile'),
    updateProfile: (change) => call('updateOrganisationProfile', { body: change }),
    updateAdvisor: (id, change) => call('updateAdvisor', { params: { id }, body: change }),
    issueToken: (advisorId, label) => call('issueToken', { params: { id: advisorId }, body: { label } }),
    revokeToken: (id) => call('revokeToken', { params: { id } }),
    invite: (input) => call('createInvitation', { body: input }),
    revokeInvitation: (id) => call('revokeInvitation', { params: { id } }),
  };
}
