import { acceptedInvitation, meResponse, type MeResponse } from '../../shared/api';
import { createApiCall, type ApiCallDeps, type CallFailure } from './api-call';

export type { CallFailure };
export type MeResult = { ok: true; me: MeResponse } | CallFailure;
/** Joining with an invitation: the new advisor's own token, to store like a typed one. */
export type JoinResult = { ok: true; token: string } | CallFailure;

export type HttpClientDeps = ApiCallDeps;

/** The API as the options page calls it; the token travels only in the Authorization header. */
export function createHttpClient(deps: HttpClientDeps) {
  const call = createApiCall(deps);
  return {
    /** `GET /v1/me`: who the token belongs to, used by the options page's connection test. */
    async me(): Promise<MeResult> {
      const result = await call({ path: '/v1/me' }, meResponse);
      return result.ok ? { ok: true, me: result.value } : result;
    },
    /**
     * `POST /v1/invitations/accept` at `serverUrl` (typed, not yet saved): the code is the only
     * credential sent; the answer's token goes straight to settings, never on screen.
     */
    async acceptInvitation(serverUrl: string, code: string): Promise<JoinResult> {
      const result = await call({ method: 'POST', path: '/v1/invitations/accept', body: { code }, baseUrl: serverUrl, anonymous: true }, acceptedInvitation);
      return result.ok ? { ok: true, token: result.value.token } : result;
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
