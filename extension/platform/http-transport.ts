import {
  directoryResponse, errorBody, pullResponse, pushResponse, sendsTokenInClear, sharedKartes, type DirectoryResponse, type PullQuery, type PushRequest,
  type SharedKarte,
} from '../../shared';
import { INSECURE_SERVER_URL, type Transport, type TransportFailure, type TransportResult } from '../sync/ports';
import type * as z from 'zod/mini';

export interface HttpTransportOptions {
  /** The API origin, e.g. `https://api.example.jp` (no trailing slash needed). */
  baseUrl: string;
  /** The current API token, or null when signed out. Read at every request, so a new sign-in takes effect at once. */
  getToken: () => string | null | Promise<string | null>;
  fetch?: typeof fetch;
  /** A request with no answer by then counts as a network failure (Infinity: never). */
  timeoutMs?: number;
}

const NOT_SIGNED_IN: TransportFailure = {
  kind: 'http',
  status: 401,
  error: { code: 'unauthorized', message: 'サインインしていません。拡張機能の設定でサインインしてください' },
  retryAfterMs: null,
};

const INSECURE_SERVER: TransportFailure = {
  kind: 'refused',
  code: INSECURE_SERVER_URL,
  message: 'サーバーURLが http:// のため、APIトークンを送らずに同期を止めています。設定で https:// で始まるURLにしてください',
};

/** Retry-After as milliseconds (seconds or an HTTP date), or null. */
function retryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The sync endpoints, and what is fetched after a sync: the directory and the kartes other organisations share. */
export type HttpTransport = Transport & {
  /** `GET /v1/directory`: the organisation's advisors and profile. */
  directory(): Promise<TransportResult<DirectoryResponse>>;
  /** `GET /v1/shares/incoming/kartes`: every karte shared with the organisation now (広域連携). */
  sharedKartes(): Promise<TransportResult<{ kartes: SharedKarte[] }>>;
};

/**
 * The sync endpoints over fetch: bearer token, JSON, answers parsed with the shared
 * schemas. A thrown fetch (offline, reset, CORS), a timeout and an answer that is not the
 * protocol's (a captive portal's HTML) are all `network`: transient, retried with backoff.
 */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const base = options.baseUrl.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>): Promise<TransportResult<T>> {
    // A URL stored before the options refused http:// to another machine never gets the token.
    if (sendsTokenInClear(base)) return { ok: false, failure: INSECURE_SERVER };
    const token = await options.getToken();
    if (!token) return { ok: false, failure: NOT_SIGNED_IN };
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${token}`);
    let res: Response;
    let body: unknown;
    try {
      const signal = Number.isFinite(timeoutMs) ? AbortSignal.timeout(timeoutMs) : undefined;
      res = await doFetch(base + path, { ...init, headers, signal });
      body = await res.json().catch(() => null);
    } catch (err) {
      // TypeError (network), AbortError / TimeoutError: no answer, the server may or may not have acted.
      if (err instanceof TypeError || (err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError'))) {
        return { ok: false, failure: { kind: 'network', message: 'サーバーに接続できません。ネットワークを確認してください' } };
      }
      throw err;
    }
    if (res.ok) {
      const parsed = schema.safeParse(body);
      if (parsed.success) return { ok: true, value: parsed.data };
      return { ok: false, failure: { kind: 'network', message: `サーバーの応答を読み取れませんでした（HTTP ${res.status}）` } };
    }
    const parsedError = errorBody.safeParse(body);
    return {
      ok: false,
      failure: {
        kind: 'http',
        status: res.status,
        error: parsedError.success ? parsedError.data.error : null,
        retryAfterMs: retryAfter(res.headers.get('Retry-After'), Date.now()),
      },
    };
  }

  return {
    push: (request: PushRequest) =>
      call('/v1/sync/push', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(request) }, pushResponse),
    pull: (query: PullQuery) => {
      const params = new URLSearchParams({
        protocol: String(query.protocol),
        clientId: query.clientId,
        cursor: String(query.cursor),
        limit: String(query.limit),
      });
      return call(`/v1/sync/pull?${params}`, { method: 'GET' }, pullResponse);
    },
    directory: () => call('/v1/directory', { method: 'GET' }, directoryResponse),
    sharedKartes: () => call('/v1/shares/incoming/kartes', { method: 'GET' }, sharedKartes),
  };
}
