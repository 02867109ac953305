import { env } from 'cloudflare:test';
import { createAdvisor } from '../../../server/src/db/advisors';
import { createOrganisation } from '../../../server/src/db/orgs';
import { createToken, hashToken } from '../../../server/src/db/tokens';
import type { Role } from '../../../shared';
import { NO_FAULTS, send, type FaultRates, type FaultyNet } from './faulty-fetch';
import { newLedger, randomWrite } from './ops';
import { checkConverged, pendingEditsOnTop } from './oracle';
import { createRng, type Rng } from '../../server/fixtures/rng';
import { createSimClient, type SimClient } from './sim-client';

/** The tags a "lean" organisation keeps of the seeded defaults. */
const LEAN_TAXONOMY = ['grp-topic', 'topic-general', 'topic-finance', 'topic-tax', 'grp-step', 'step-start'];

export interface ScheduleResult {
  seed: number;
  problems: string[];
  log: string[];
}

function faultRates(rng: Rng): FaultRates {
  const k = 0.5 + rng.next(); // some schedules are rougher than others
  return {
    lostBefore: 0.06 * k,
    lostAfter: 0.08 * k,
    duplicate: 0.05 * k,
    delayed: 0.05 * k,
    serverError: 0.04 * k,
    hang: 0.03 * k,
    revoke: 0.02 * k,
    writeDuring: 0.1,
  };
}

/**
 * One seeded schedule: three extension installs (an advisor, the same advisor's second
 * device or a colleague, and a manager) write and sync through a faulty network against
 * the real worker and D1, then the faults stop, everyone syncs to quiescence and the
 * end state is checked (sim/oracle.ts).
 */
export async function runSchedule(seed: number, steps: number): Promise<ScheduleResult> {
  const rng = createRng(seed);
  const log: string[] = [`seed ${seed}`];
  const net: FaultyNet = { rates: faultRates(rng), held: [], log };
  let crashRate = 0.01;
  // Small pages in some schedules exercise paging (and a client stopped between pages).
  const pullLimit = rng.pick([15, 500, 500]);
  const org = await createOrganisation(env.DB, `シミュレーション-${seed}-${crypto.randomUUID().slice(0, 8)}`);
  if (!rng.chance(0.25)) {
    // Most schedules: an organisation whose taxonomy is not the defaults (a few tags), which is
    // cheaper to sync and makes the clients' seeded defaults give way to the organisation's.
    await env.DB.prepare(
      `DELETE FROM records WHERE org_id = ? AND kind IN ('tag', 'tagGroup') AND id NOT IN (${LEAN_TAXONOMY.map(() => '?').join(', ')})`,
    )
      .bind(org.id, ...LEAN_TAXONOMY)
      .run();
    log.push('organisation with its own small taxonomy');
  }
  const advisor = await createAdvisor(env.DB, { orgId: org.id, name: '支援者A', email: null, role: 'advisor' });
  const colleague = rng.chance(0.5)
    ? advisor
    : await createAdvisor(env.DB, { orgId: org.id, name: '支援者B', email: null, role: 'advisor' });
  const manager = await createAdvisor(env.DB, { orgId: org.id, name: '課長', email: null, role: 'manager' });
  const revoked = new Set<string>();
  const revokeToken = async (token: string) => {
    revoked.add(token);
    await env.DB.prepare('UPDATE api_tokens SET revoked_at = ? WHERE token_hash = ?')
      .bind(new Date().toISOString(), await hashToken(token))
      .run();
  };
  const newToken = async (advisorId: string) => (await createToken(env.DB, { orgId: org.id, advisorId, label: 'sim' })).token;

  const people: { name: string; advisorId: string; role: Role }[] = [
    { name: 'c0', advisorId: advisor.id, role: 'advisor' },
    { name: 'c1', advisorId: colleague.id, role: 'advisor' },
    { name: 'c2', advisorId: manager.id, role: 'manager' },
  ];
  const ledger = newLedger();
  const clients: SimClient[] = [];
  for (const p of people) {
    const client = createSimClient({
      ...p,
      token: await newToken(p.advisorId),
      dbName: `sim-${seed}-${p.name}-${crypto.randomUUID()}`,
      rng,
      net,
      crashRate: () => crashRate,
      revokeToken,
      pullLimit,
      writeDuring: async (c) => {
        log.push(`${c.name} (during a request) ${await randomWrite(c, rng, ledger)}`);
      },
    });
    await client.open();
    clients.push(client);
  }
  if (colleague === advisor) log.push('c1 is c0’s second device');

  try {
    for (let step = 0; step < steps; step++) {
      const c = rng.pick(clients);
      const roll = rng.next();
      if (roll < 0.45) log.push(`${c.name} ${await randomWrite(c, rng, ledger)}`);
      else if (roll < 0.85) log.push(`${c.name} sync → ${describe(await c.sync())}`);
      else if (roll < 0.9 && net.held.length > 0) {
        const req = net.held.splice(rng.int(net.held.length), 1)[0]!;
        log.push(`held ${req.method} ${new URL(req.url).pathname} delivered late → ${(await send(req).then(drain)).status}`);
      } else if (roll < 0.93) {
        await revokeToken(c.token);
        log.push(`${c.name} token revoked`);
      } else if (roll < 0.97 && revoked.has(c.token)) {
        c.setToken(await newToken(c.advisorId));
        log.push(`${c.name} signs in again with a new token`);
      } else {
        await c.restart();
        log.push(`${c.name} browser restarted`);
      }
      const broken = await pendingEditsOnTop(c);
      if (broken.length > 0) return { seed, problems: [`after step ${step}:`, ...broken], log };
    }

    // Faults stop: late requests arrive, everyone signs in again, everyone syncs until nothing moves.
    net.rates = NO_FAULTS;
    crashRate = 0;
    while (net.held.length > 0) {
      const req = net.held.splice(rng.int(net.held.length), 1)[0]!;
      log.push(`held ${req.method} ${new URL(req.url).pathname} delivered late → ${(await send(req).then(drain)).status}`);
    }
    for (const c of clients) if (revoked.has(c.token)) c.setToken(await newToken(c.advisorId));
    const problems: string[] = [];
    for (let round = 0; ; round++) {
      // Sync whoever is behind the organisation or still has something to send, until nobody is.
      const version = await orgVersion(org.id);
      const behind: SimClient[] = [];
      for (const c of clients) {
        const cursor = (await c.db.meta.get('cursor'))?.value;
        if (cursor !== version || (await c.db.outbox.where('state').equals('pending').count()) > 0) behind.push(c);
      }
      if (behind.length === 0) break;
      if (round === 6) {
        problems.push('no quiescence after 6 rounds of syncing without faults');
        break;
      }
      for (const c of behind) {
        const outcome = await c.sync();
        log.push(`heal ${c.name} sync → ${describe(outcome)}`);
        if (outcome === 'stopped' || outcome.status !== 'synced')
          problems.push(`${c.name} could not sync after faults stopped: ${describe(outcome)}`);
      }
      if (problems.length > 0) break;
    }
    if (problems.length === 0) problems.push(...(await checkConverged(org.id, clients, ledger)));
    return { seed, problems, log };
  } finally {
    for (const c of clients) await c.close();
  }
}

async function drain(res: Response): Promise<Response> {
  await res.arrayBuffer();
  return res;
}

async function orgVersion(orgId: string): Promise<number> {
  return (await env.DB.prepare('SELECT version FROM orgs WHERE id = ?').bind(orgId).first<{ version: number }>())!.version;
}

function describe(outcome: Awaited<ReturnType<SimClient['sync']>>): string {
  if (outcome === 'stopped') return 'client stopped midway, reopened';
  if (outcome.status === 'synced') return `synced (pushed ${outcome.pushed}, pulled ${outcome.pulled})`;
  return `${outcome.status}: ${outcome.message}`;
}
