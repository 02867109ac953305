import { endpointTarget, type EndpointInput, type EndpointOutput } from '../../shared/endpoint-request';
import { ENDPOINTS, type Endpoint, type EndpointName } from '../../shared/endpoints';
import { errorBody, type ErrorBody } from '../../shared/errors';
import { sendsTokenInClear } from '../../shared/server-url';

/** Why a call gave no answer of its shape. */
export type CallFailure =
  /** The server refused: its own message (already written for a person) is shown as is. */
  | { ok: false; reason: 'server'; status: number; message: string; error?: ErrorBody['error']; retryAfterMs?: number | null }
  /** No answer: offline, DNS, refused connection, CORS, reset, timeout. The server may or may not have acted. */
  | { ok: false; reason: 'network' }
  /** The server URL is http:// to another machine: nothing secret is sent (options refuses such a URL). */
  | { ok: false; reason: 'insecure' }
  /** The endpoint needs a token and none is saved: nothing was sent. */
  | { ok: false; reason: 'signed_out' }
  /** An answer that is not the API's: a 2xx that fails its schema, or an error without the shared body (a gateway's page). */
  | { ok: false; reason: 'bad_response'; status: number; retryAfterMs?: number | null };

export type ApiResult<T> = { ok: true; value: T } | CallFailure;

export interface ApiClientDeps {
  /** The saved server URL, read at every call. */
  serverUrl: () => string | Promise<string>;
  /** The API token, read at every call (a new sign-in takes effect at once); null or '' when signed out. */
  apiToken: () => string | null | Promise<string | null>;
  fetch?: typeof fetch;
  /** A call with no answer by then is a network failure (Infinity: never). */
  timeoutMs?: number;
}

export interface CallOptions {
  /** Another server than the saved one (joining: the URL typed, not saved yet). */
  baseUrl?: string;
  /** This call's own limit, for an answer that is long by nature (a whole organisation's export). */
  timeoutMs?: number;
}

/** Retry-After as milliseconds (seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** fetch's ways of saying "no answer": a TypeError (network, CORS), or the abort of the timeout. */
const isNoAnswer = (err: unknown) =>
  err instanceof TypeError || (err instanceof DOMException && (err.name === 'AbortError' || err.name === 'TimeoutError'));

/**
 * The one client of the API in the extension, typed from the endpoint table (shared/endpoints.ts):
 * `call('me')`, `call('updateAdvisor', { params: { id }, body })`. JSON both ways; the token only
 * in the Authorization header, only for endpoints that need it, and never to an http:// server
 * elsewhere; every answer parsed with the schema of its endpoint; errors come back as values,
 * with the server's own message.
 */
export function createApiClient(deps: ApiClientDeps) {
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  const timeoutMs = deps.timeoutMs ?? 30_000;

  /** One call; on success the answer parsed with its schema and the text as the server wrote it. */
  async function send<N extends EndpointName>(
    name: N,
    input: EndpointInput<N>,
    options: CallOptions,
  ): Promise<ApiResult<{ value: EndpointOutput<N>; text: string }>> {
    const endpoint: Endpoint = ENDPOINTS[name];
    const origin = (options.baseUrl ?? (await deps.serverUrl())).replace(/\/+$/, '');
    // A URL stored before the options refused http:// to another machine never gets the token.
    if (sendsTokenInClear(origin)) return { ok: false, reason: 'insecure' };
    const headers = new Headers({ Accept: 'application/json' });
    if (endpoint.auth.kind === 'token') {
      const token = await deps.apiToken();
      if (!token) return { ok: false, reason: 'signed_out' };
      headers.set('Authorization', `Bearer ${token}`);
    }
    const { body } = input as { body?: unknown };
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    let res: Response;
    let text: string;
    try {
      const limit = options.timeoutMs ?? timeoutMs;
      const signal = Number.isFinite(limit) ? AbortSignal.timeout(limit) : undefined;
      res = await doFetch(origin + endpointTarget(endpoint, input as Parameters<typeof endpointTarget>[1]), {
        method: endpoint.method.toUpperCase(),
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
      // A body cut off part-way (a stream that broke) throws here too: no answer, like a reset.
      text = await res.text();
    } catch (err) {
      if (isNoAnswer(err)) return { ok: false, reason: 'network' };
      throw err;
    }
    let answer: unknown = null;
    try {
      answer = JSON.parse(text);
    } catch {
      // Not JSON (a portal's page, a cut-off document): no schema takes null, so it is a bad response below.
    }
    const retryAfter = retryAfterMs(res.headers.get('Retry-After'), Date.now());
    // A status the table lists is an answer of its schema, even an error status (an import's 422 lists its problems).
    const answerSchema = endpoint.responses[res.status];
    if (res.ok || answerSchema) {
      const schema = answerSchema ?? Object.values(endpoint.responses)[0]!;
      const parsed = schema.safeParse(answer);
      return parsed.success
        ? { ok: true, value: { value: parsed.data as EndpointOutput<N>, text } }
        : { ok: false, reason: 'bad_response', status: res.status, retryAfterMs: retryAfter };
    }
    const err = errorBody.safeParse(answer);
    return err.success
      ? {
          ok: false,
          reason: 'server',
          status: res.status,
          message: err.data.error.message,
          error: err.data.error,
          retryAfterMs: retryAfter,
        }
      : { ok: false, reason: 'bad_response', status: res.status, retryAfterMs: retryAfter };
  }

  /** The answer, parsed with the endpoint's schema. */
  async function call<N extends EndpointName>(
    name: N,
    input: EndpointInput<N> = {} as EndpointInput<N>,
    options: CallOptions = {},
  ): Promise<ApiResult<EndpointOutput<N>>> {
    const result = await send(name, input, options);
    return result.ok ? { ok: true, value: result.value.value } : result;
  }

  /** The answer parsed, and its text exactly as the server wrote it (an export is saved as is). */
  const callKeepingText = <N extends EndpointName>(name: N, input: EndpointInput<N> = {} as EndpointInput<N>, options: CallOptions = {}) =>
    send(name, input, options);

  return { call, callKeepingText };
}

export type ApiClient = ReturnType<typeof createApiClient>;
