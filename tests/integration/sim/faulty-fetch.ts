import { SELF } from 'cloudflare:test';
import type { Rng } from '../../server/fixtures/rng';

/** How often each fault hits a request while faults are on (the rest go through untouched). */
export interface FaultRates {
  /** The request never reaches the server (offline, DNS, reset before sending). */
  lostBefore: number;
  /** The server applies the request, the answer is lost (reset, timeout on the way back). */
  lostAfter: number;
  /** The request reaches the server twice (a proxy retried it); the client sees one answer. */
  duplicate: number;
  /** The request is held and reaches the server later, after the client gave up on it (reordering). */
  delayed: number;
  /** A gateway answers 503 without the server seeing the request. */
  serverError: number;
  /** The client stops for good while waiting (the service worker is killed), before or after the server got it. */
  hang: number;
  /** The token is revoked just before the request reaches the server. */
  revoke: number;
  /** The advisor saves something while the request is on its way (a write in the middle of a cycle). */
  writeDuring: number;
}

export const NO_FAULTS: FaultRates = {
  lostBefore: 0,
  lostAfter: 0,
  duplicate: 0,
  delayed: 0,
  serverError: 0,
  hang: 0,
  revoke: 0,
  writeDuring: 0,
};

export interface HeldRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export interface FaultyNet {
  rates: FaultRates;
  /** Requests held back by the `delayed` fault, waiting for a `deliverHeld` step. */
  held: HeldRequest[];
  log: string[];
}

export function send(req: HeldRequest): Promise<Response> {
  return SELF.fetch(req.url, { method: req.method, headers: req.headers, body: req.body });
}

async function drain(res: Response): Promise<void> {
  await res.arrayBuffer();
}

/**
 * A fetch for one simulated client, in front of the real worker (SELF). Faults are drawn
 * from the schedule's seeded generator, so a seed replays the same faults in the same order.
 */
export function createFaultyFetch(
  net: FaultyNet,
  rng: Rng,
  hooks: {
    name: string;
    onHang: () => void;
    revokeToken: () => Promise<void>;
    writeDuring: () => Promise<void>;
    beforeRequest?: (method: string, path: string) => Promise<void>;
  },
): typeof fetch {
  return (async (input: RequestInfo | URL, init?: RequestInit) => {
    const req: HeldRequest = {
      url: String(input),
      method: init?.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
      body: typeof init?.body === 'string' ? init.body : undefined,
    };
    const what = `${req.method} ${new URL(req.url).pathname}`;
    await hooks.beforeRequest?.(req.method, new URL(req.url).pathname);
    const r = net.rates;
    // Drawn first and separately: a write in flight combines with any fault below.
    if (rng.chance(r.writeDuring)) await hooks.writeDuring();
    const x = rng.next();
    let edge = 0;
    const hit = (p: number) => x < (edge += p);
    if (hit(r.lostBefore)) {
      net.log.push(`${hooks.name} ${what}: lost before the server`);
      throw new TypeError('Failed to fetch');
    }
    if (hit(r.lostAfter)) {
      await drain(await send(req));
      net.log.push(`${hooks.name} ${what}: applied, answer lost`);
      throw new TypeError('Failed to fetch');
    }
    if (hit(r.duplicate)) {
      await drain(await send(req));
      net.log.push(`${hooks.name} ${what}: delivered twice`);
      return send(req);
    }
    if (hit(r.delayed)) {
      net.held.push(req);
      net.log.push(`${hooks.name} ${what}: held back (client times out)`);
      throw new DOMException('The operation timed out.', 'TimeoutError');
    }
    if (hit(r.serverError)) {
      net.log.push(`${hooks.name} ${what}: 503 from a gateway`);
      return new Response(JSON.stringify({ error: { code: 'internal', message: '一時的に利用できません' } }), {
        status: 503,
        headers: { 'Content-Type': 'application/json' },
      });
    }
    if (hit(r.hang)) {
      const delivered = rng.chance(0.5);
      if (delivered) await drain(await send(req));
      net.log.push(`${hooks.name} ${what}: client stopped while waiting (${delivered ? 'after' : 'before'} the server)`);
      hooks.onHang();
      return new Promise<Response>(() => {});
    }
    if (hit(r.revoke)) {
      await hooks.revokeToken();
      net.log.push(`${hooks.name} ${what}: token revoked just before`);
    }
    return send(req);
  }) as typeof fetch;
}
