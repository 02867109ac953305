import { acceptedInvitation, meResponse, type MeResponse } from '../../shared/api';
import { errorBody } from '../../shared/errors';
import { sendsTokenInClear } from '../../shared/server-url';

/** Why a call gave no answer of its shape. */
export type CallFailure =
  /** The server refused: its own message (already written for a person) is shown as is. */
  | { ok: false; reason: 'server'; status: number; message: string }
  | { ok: false; reason: 'network' }
  /** The server URL is http:// to another machine: nothing secret is sent (options refuses such a URL). */
  | { ok: false; reason: 'insecure' }
  | { ok: false; reason: 'bad_response'; status: number };

export type MeResult = { ok: true; me: MeResponse } | CallFailure;
/** Joining with an invitation: the new advisor's own token, to store like a typed one. */
export type JoinResult = { ok: true; token: string } | CallFailure;

export interface HttpClientDeps {
  serverUrl: () => Promise<string>;
  apiToken: () => Promise<string>;
  fetch?: typeof fetch;
}

const answered = (res: Response | 'insecure' | null): res is Response => res !== null && res !== 'insecure';
const bodyOf = async (res: Response | 'insecure' | null): Promise<unknown> => (answered(res) ? res.json().catch(() => null) : null);

/** The API as the extension calls it; the token travels only in the Authorization header. */
export function createHttpClient(deps: HttpClientDeps) {
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function send(base: string, path: string, init: RequestInit): Promise<Response | 'insecure' | null> {
    const origin = base.replace(/\/+$/, '');
    if (sendsTokenInClear(origin)) return 'insecure';
    try {
      return await doFetch(`${origin}${path}`, init);
    } catch {
      return null; // DNS, refused connection, CORS: all look the same from here
    }
  }

  async function get(path: string): Promise<Response | 'insecure' | null> {
    return send(await deps.serverUrl(), path, { headers: { Authorization: `Bearer ${await deps.apiToken()}`, Accept: 'application/json' } });
  }

  /** The answer's body when it is an error in the shared shape, else what went wrong. */
  async function failure(res: Response | 'insecure' | null, body: unknown): Promise<CallFailure> {
    if (res === 'insecure') return { ok: false, reason: 'insecure' };
    if (!res) return { ok: false, reason: 'network' };
    const err = errorBody.safeParse(body);
    return err.success
      ? { ok: false, reason: 'server', status: res.status, message: err.data.error.message }
      : { ok: false, reason: 'bad_response', status: res.status };
  }

  return {
    /** `GET /v1/me`: who the token belongs to, used by the options page's connection test. */
    async me(): Promise<MeResult> {
      const res = await get('/v1/me');
      const body = await bodyOf(res);
      if (answered(res) && res.ok) {
        const me = meResponse.safeParse(body);
        return me.success ? { ok: true, me: me.data } : { ok: false, reason: 'bad_response', status: res.status };
      }
      return failure(res, body);
    },
    /**
     * `POST /v1/invitations/accept` at `serverUrl` (typed, not yet saved): the code is the only
     * credential sent; the answer's token goes straight to settings, never on screen.
     */
    async acceptInvitation(serverUrl: string, code: string): Promise<JoinResult> {
      const res = await send(serverUrl, '/v1/invitations/accept', {
        method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ code }),
      });
      const body = await bodyOf(res);
      if (answered(res) && res.ok) {
        const joined = acceptedInvitation.safeParse(body);
        return joined.success ? { ok: true, token: joined.data.token } : { ok: false, reason: 'bad_response', status: res.status };
      }
      return failure(res, body);
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
