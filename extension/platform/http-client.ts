import { meResponse, type MeResponse } from '../../shared/api';
import { errorBody } from '../../shared/errors';
import { sendsTokenInClear } from '../../shared/server-url';

export type MeResult =
  | { ok: true; me: MeResponse }
  /** The server refused: its own message (already written for a person) is shown as is. */
  | { ok: false; reason: 'server'; status: number; message: string }
  | { ok: false; reason: 'network' }
  /** The stored server URL is http:// to another machine: the token is not sent (options refuses such a URL). */
  | { ok: false; reason: 'insecure' }
  | { ok: false; reason: 'bad_response'; status: number };

export interface HttpClientDeps {
  serverUrl: () => Promise<string>;
  apiToken: () => Promise<string>;
  fetch?: typeof fetch;
}

/** The API as the extension calls it; the token travels only in the Authorization header. */
export function createHttpClient(deps: HttpClientDeps) {
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));

  async function get(path: string): Promise<Response | 'insecure' | null> {
    const base = (await deps.serverUrl()).replace(/\/+$/, '');
    if (sendsTokenInClear(base)) return 'insecure';
    try {
      return await doFetch(`${base}${path}`, {
        headers: { Authorization: `Bearer ${await deps.apiToken()}`, Accept: 'application/json' },
      });
    } catch {
      return null; // DNS, refused connection, CORS: all look the same from here
    }
  }

  return {
    /** `GET /v1/me`: who the token belongs to, used by the options page's connection test. */
    async me(): Promise<MeResult> {
      const res = await get('/v1/me');
      if (res === 'insecure') return { ok: false, reason: 'insecure' };
      if (!res) return { ok: false, reason: 'network' };
      const body: unknown = await res.json().catch(() => null);
      if (res.ok) {
        const me = meResponse.safeParse(body);
        return me.success ? { ok: true, me: me.data } : { ok: false, reason: 'bad_response', status: res.status };
      }
      const err = errorBody.safeParse(body);
      return err.success
        ? { ok: false, reason: 'server', status: res.status, message: err.data.error.message }
        : { ok: false, reason: 'bad_response', status: res.status };
    },
  };
}

export type HttpClient = ReturnType<typeof createHttpClient>;
