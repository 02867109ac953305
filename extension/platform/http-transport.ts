import type { DirectoryResponse, PullQuery, PushRequest, SharedKarte } from '../../shared';
import { INSECURE_SERVER_URL, type Transport, type TransportFailure, type TransportResult } from '../sync/ports';
import { createApiClient, type ApiResult } from './api-client';

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

const NO_ANSWER: TransportFailure = { kind: 'network', message: 'サーバーに接続できません。ネットワークを確認してください' };

/**
 * The sync engine's view of a call (extension/sync/engine.ts classifies it): a 2xx that is not
 * the protocol's (a captive portal's page) is `network`, transient and retried with backoff,
 * like no answer at all; an error status stays `http`, with the shared body when it had one.
 */
function toTransport<T>(result: ApiResult<T>): TransportResult<T> {
  if (result.ok) return result;
  switch (result.reason) {
    case 'insecure':
      return { ok: false, failure: INSECURE_SERVER };
    case 'signed_out':
      return { ok: false, failure: NOT_SIGNED_IN };
    case 'network':
      return { ok: false, failure: NO_ANSWER };
    case 'server':
      return {
        ok: false,
        failure: { kind: 'http', status: result.status, error: result.error ?? null, retryAfterMs: result.retryAfterMs ?? null },
      };
    case 'bad_response':
      return result.status >= 200 && result.status < 300
        ? { ok: false, failure: { kind: 'network', message: `サーバーの応答を読み取れませんでした（HTTP ${result.status}）` } }
        : { ok: false, failure: { kind: 'http', status: result.status, error: null, retryAfterMs: result.retryAfterMs ?? null } };
  }
}

/** The sync endpoints, and what is fetched after a sync: the directory and the kartes other organisations share. */
export type HttpTransport = Transport & {
  /** `GET /v1/directory`: the organisation's advisors and profile. */
  directory(): Promise<TransportResult<DirectoryResponse>>;
  /** `GET /v1/shares/incoming/kartes`: every karte shared with the organisation now (広域連携). */
  sharedKartes(): Promise<TransportResult<{ kartes: SharedKarte[] }>>;
};

/** The sync endpoints through the extension's one API client (platform/api-client.ts), failures in the engine's terms. */
export function createHttpTransport(options: HttpTransportOptions): HttpTransport {
  const { call } = createApiClient({
    serverUrl: () => options.baseUrl,
    apiToken: options.getToken,
    fetch: options.fetch,
    timeoutMs: options.timeoutMs,
  });
  return {
    push: async (request: PushRequest) => toTransport(await call('syncPush', { body: request })),
    pull: async (query: PullQuery) => toTransport(await call('syncPull', { query })),
    directory: async () => toTransport(await call('directory')),
    sharedKartes: async () => toTransport(await call('incomingKartes')),
  };
}
