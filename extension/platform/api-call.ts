import type * as z from 'zod/mini';
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

export type ApiResult<T> = { ok: true; value: T } | CallFailure;

export interface ApiCallDeps {
  serverUrl: () => Promise<string>;
  apiToken: () => Promise<string>;
  fetch?: typeof fetch;
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  body?: unknown;
  /** Another server than the saved one (joining: the URL typed, not saved yet). */
  baseUrl?: string;
  /** Sent without the token (joining with an invitation code). */
  anonymous?: boolean;
  /** Error statuses whose body is an answer of the schema all the same (an import's 422 lists its problems). */
  answers?: readonly number[];
}

/**
 * One call of the API from an extension page: JSON both ways, the token only in the
 * Authorization header and never to an http:// server elsewhere, the answer checked with its
 * shared schema. Errors come back as values with the server's own message.
 */
export function createApiCall(deps: ApiCallDeps) {
  const callText = createApiTextCall(deps);
  return async function call<T>(req: ApiRequest, schema: z.ZodMiniType<T>): Promise<ApiResult<T>> {
    const result = await callText(req);
    if (!result.ok) return result;
    let body: unknown = null;
    try {
      body = JSON.parse(result.value.text);
    } catch {
      // Not JSON: the schema below refuses null, so it is a bad response like any other.
    }
    const parsed = schema.safeParse(body);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: 'bad_response', status: result.value.status };
  };
}

/**
 * The same call answering the successful body as text, unparsed: the export, whose JSON is
 * saved exactly as the server wrote it. A refusal is read as the shared error shape.
 */
export function createApiTextCall(deps: ApiCallDeps) {
  const doFetch = deps.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init));
  return async function callText(req: ApiRequest): Promise<ApiResult<{ text: string; status: number }>> {
    const origin = (req.baseUrl ?? (await deps.serverUrl())).replace(/\/+$/, '');
    if (sendsTokenInClear(origin)) return { ok: false, reason: 'insecure' };
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (!req.anonymous) headers.Authorization = `Bearer ${await deps.apiToken()}`;
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${origin}${req.path}`, {
        method: req.method ?? 'GET', headers, body: req.body === undefined ? undefined : JSON.stringify(req.body),
      });
      text = await res.text();
    } catch {
      return { ok: false, reason: 'network' }; // DNS, refused connection, CORS, a body cut off: all look the same from here
    }
    if (res.ok || req.answers?.includes(res.status)) return { ok: true, value: { text, status: res.status } };
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // Not the shared error shape: reported as a bad response below.
    }
    const err = errorBody.safeParse(body);
    return err.success
      ? { ok: false, reason: 'server', status: res.status, message: err.data.error.message }
      : { ok: false, reason: 'bad_response', status: res.status };
  };
}
