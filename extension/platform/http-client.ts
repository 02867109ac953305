import type { MeResponse } from '../../shared/api';
import { createApiClient, type ApiClientDeps, type CallFailure } from './api-client';

export type { CallFailure };
export type MeResult = { ok: true; me: MeResponse } | CallFailure;
/** Joining with an invitation: the new advisor's own token, to store like a typed one. */
export type JoinResult = { ok: true; token: string } | CallFailure;

export type HttpClientDeps = ApiClientDeps;

/** The options page's calls (sign-in check, joining), through the extension's one API client. */
export function createHttpClient(deps: HttpClientDeps) {
  const { call } = createApiClient(deps);
  return {
    /** Who the token belongs to, for the options page's connection test. */
    async me(): Promise<MeResult> {
      const result = await call('me');
      return result.ok ? { ok: true, me: result.value } : result;
    },
    /**
     * Joins at `serverUrl` (typed, not yet saved): the code is the only credential sent; the
     * answer's token goes straight to settings, never on screen.
     */
    async acceptInvitation(serverUrl: string, code: string): Promise<JoinResult> {
      const result = await call('acceptInvitation', { body: { code } }, { baseUrl: serverUrl });
      return result.ok ? { ok: true, token: result.value.token } : result;
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
