import { describe, expect, it } from 'vitest';
import { createHttpTransport } from '../../../extension/platform/http-transport';
import { classify } from '../../../extension/sync/engine';

/**
 * The fetch adapter's handling of what a network can hand back. The happy path against
 * the real worker runs in tests/integration/sync-simulation.test.ts; here fetch is a function
 * returning the awkward answers a real network produces.
 */
const CLIENT = '0190f0f0-0000-7000-8000-000000000001';
const push = {
  protocol: 1,
  clientId: CLIENT,
  mutations: [{ id: 1, kind: 'business' as const, recordId: CLIENT, baseVersion: 0, fields: { name: '山田商店' } }],
};
const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

function transport(
  answer: (url: string, init: RequestInit) => Promise<Response>,
  token: string | null = 'bk_token',
  baseUrl = 'https://api.example.jp/',
) {
  const calls: { url: string; init: RequestInit }[] = [];
  const t = createHttpTransport({
    baseUrl,
    getToken: () => token,
    timeoutMs: 50,
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer(url, init);
    }) as typeof fetch,
  });
  return { t, calls };
}

describe('http transport', () => {
  it('sends the bearer token and JSON, and returns the parsed answer', async () => {
    const answer = { protocol: 1, lastMutationId: 1, cursor: 64, results: [{ id: 1, status: 'applied' }] };
    const { t, calls } = transport(async () => json(answer));
    expect(await t.push(push)).toEqual({ ok: true, value: answer });
    expect(calls[0]!.url).toBe('https://api.example.jp/v1/sync/push');
    expect(new Headers(calls[0]!.init.headers).get('Authorization')).toBe('Bearer bk_token');
    expect(JSON.parse(calls[0]!.init.body as string)).toEqual(push);
  });

  it('puts the pull query in the URL', async () => {
    const { t, calls } = transport(async () => json({ protocol: 1, changes: [], cursor: 5, hasMore: false, lastMutationId: 0 }));
    expect(await t.pull({ protocol: 1, clientId: CLIENT, cursor: 5, limit: 500 })).toMatchObject({ ok: true });
    expect(calls[0]!.url).toBe(`https://api.example.jp/v1/sync/pull?protocol=1&clientId=${CLIENT}&cursor=5&limit=500`);
  });

  it('sends nothing to an http:// server that is not this computer, and says why', async () => {
    const { t, calls } = transport(async () => json({}), 'bk_token', 'http://api.example.jp');
    const refused = { ok: false, failure: { kind: 'refused', code: 'insecure_server_url', message: expect.stringContaining('https://') } };
    const pushed = await t.push(push);
    expect(pushed).toEqual(refused);
    expect(await t.pull({ protocol: 1, clientId: CLIENT, cursor: 0, limit: 500 })).toEqual(refused);
    expect(calls).toHaveLength(0);
    // The engine reports it as a failure with that code; the status bar tells the advisor to fix the settings.
    expect(!pushed.ok && classify(pushed.failure)).toMatchObject({ status: 'failed', code: 'insecure_server_url' });
  });

  it('talks http:// to the local API on this computer', async () => {
    const { t, calls } = transport(
      async () => json({ protocol: 1, changes: [], cursor: 0, hasMore: false, lastMutationId: 0 }),
      'bk_token',
      'http://127.0.0.1:8787',
    );
    expect(await t.pull({ protocol: 1, clientId: CLIENT, cursor: 0, limit: 500 })).toMatchObject({ ok: true });
    expect(calls).toHaveLength(1);
  });

  it('answers 401 without a request when signed out', async () => {
    const { t, calls } = transport(async () => json({}), null);
    expect(await t.push(push)).toMatchObject({ ok: false, failure: { kind: 'http', status: 401, error: { code: 'unauthorized' } } });
    expect(calls).toHaveLength(0);
  });

  it('returns the shared error body with its status and Retry-After', async () => {
    const { t } = transport(async () =>
      json({ error: { code: 'rate_limited', message: 'リクエストが多すぎます' } }, 429, { 'Retry-After': '60' }),
    );
    expect(await t.push(push)).toEqual({
      ok: false,
      failure: { kind: 'http', status: 429, error: { code: 'rate_limited', message: 'リクエストが多すぎます' }, retryAfterMs: 60_000 },
    });
  });

  it('keeps the status when an error has no shared body (a gateway page)', async () => {
    const { t } = transport(async () => new Response('<h1>502 Bad Gateway</h1>', { status: 502 }));
    expect(await t.push(push)).toEqual({ ok: false, failure: { kind: 'http', status: 502, error: null, retryAfterMs: null } });
  });

  it('treats a thrown fetch, a timeout and a 200 that is not the protocol as network failures', async () => {
    const offline = transport(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await offline.t.push(push)).toMatchObject({ ok: false, failure: { kind: 'network' } });
    const slow = transport(
      (_url, init) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason))),
    );
    expect(await slow.t.push(push)).toMatchObject({ ok: false, failure: { kind: 'network' } });
    const portal = transport(async () => new Response('<html>Wi-Fi ログイン</html>', { status: 200 }));
    expect(await portal.t.push(push)).toMatchObject({
      ok: false,
      failure: { kind: 'network', message: expect.stringContaining('HTTP 200') },
    });
  });
});
