import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROTOCOL_VERSION, uuidv7 } from '../../../shared';
import { applyMigrations, startWorker } from '../../../bench/api/servers.mjs';

const CONFIG = path.resolve(import.meta.dirname, '../../../server/wrangler.jsonc');

export interface LocalApi {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  port: number;
  /** The organisation's admin token (from POST /v1/bootstrap). */
  adminToken: string;
  /** Calls the API as `token`; throws with the body on a non-2xx answer. */
  call<T = unknown>(token: string, method: string, pathname: string, body?: unknown): Promise<T>;
  /** Another organisation on the same deployment (広域連携): its admin's token. */
  bootstrap(organisationName: string, adminName: string): Promise<string>;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1 (the OS picks it; released before wrangler takes it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The real API under `wrangler dev` on a free port and a fresh local D1 (migrations applied),
 * started the way bench/api does it, with one organisation bootstrapped. `env: 'bench'` lifts
 * the rate limit for benchmarks.
 */
export async function startLocalApi(opts: { env?: string } = {}): Promise<LocalApi> {
  const persistTo = await mkdtemp(path.join(tmpdir(), 'banso-api-'));
  const port = await freePort();
  const secret = randomBytes(24).toString('hex');
  applyMigrations({ config: CONFIG, env: opts.env, persistTo });
  const worker = await startWorker({ name: 'api', config: CONFIG, env: opts.env, port, persistTo, vars: { BOOTSTRAP_SECRET: secret } });
  async function call<T>(token: string, method: string, pathname: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(worker.baseUrl + pathname, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${pathname}: HTTP ${res.status} ${text.slice(0, 300)}`);
    return JSON.parse(text) as T;
  }
  const bootstrap = async (organisationName: string, adminName: string) => {
    const boot = await fetch(`${worker.baseUrl}/v1/bootstrap`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-bootstrap-secret': secret },
      body: JSON.stringify({ organisationName, adminName }),
    });
    if (!boot.ok) throw new Error(`bootstrap: HTTP ${boot.status} ${await boot.text()}`);
    return ((await boot.json()) as { token: string }).token;
  };
  const adminToken = await bootstrap('テスト商工会', 'テスト 管理者');
  return {
    baseUrl: worker.baseUrl,
    port,
    adminToken,
    call,
    bootstrap,
    stop: async () => {
      await worker.stop();
      await rm(persistTo, { recursive: true, force: true });
    },
  };
}

/** A new advisor with their own token, of the API's first organisation or of the one `adminToken` administers. */
export async function createAdvisor(
  api: LocalApi,
  name: string,
  adminToken = api.adminToken,
): Promise<{ id: string; token: string; tokenId: string }> {
  const res = await api.call<{ advisor: { id: string }; token: string; tokenInfo: { id: string } }>(
    adminToken,
    'POST',
    '/v1/admin/advisors',
    { name, role: 'advisor' },
  );
  return { id: res.advisor.id, token: res.token, tokenId: res.tokenInfo.id };
}

/** Records written as `token`'s advisor would from another device (one push, mutation ids 1…n). */
export async function pushAs(
  api: LocalApi,
  token: string,
  records: { kind: string; recordId: string; fields: Record<string, unknown> }[],
): Promise<void> {
  const answer = await api.call<{ results: { status: string; message?: string }[] }>(token, 'POST', '/v1/sync/push', {
    protocol: PROTOCOL_VERSION,
    clientId: uuidv7(),
    mutations: records.map((r, i) => ({ id: i + 1, baseVersion: 0, ...r })),
  });
  const refused = answer.results.filter((r) => r.status !== 'applied');
  if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
}
