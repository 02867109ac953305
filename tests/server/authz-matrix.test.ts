import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, roleAtLeast, uuidv7, type Role } from '../../shared';
import { integrationKeyInsert } from '../../server/src/db/integration-keys';
import { invitationInsert } from '../../server/src/db/invitations';
import { createAdvisor } from '../../server/src/db/advisors';
import { createToken } from '../../server/src/db/tokens';
import { actorFetch, makeActor, makeOrg, type Actor } from './fixtures/org';
import { putBusiness, putConsultation, putRecord } from './fixtures/records';

/**
 * Every endpoint × every kind of caller × a resource of the caller's own organisation or
 * of another one. Foreign resources must answer 404 or leave them out, never 403 (which
 * would confirm they exist) and never their data.
 */

type Org = Awaited<ReturnType<typeof makeOrg>>;
interface World {
  own: Org;
  foreign: Org;
  ownBusiness: string;
  foreignBusiness: string;
  revoked: Actor;
}
type Scope = 'own' | 'foreign';
type Caller = 'none' | 'revoked' | Role;
interface Req {
  method: string;
  path: string;
  body?: unknown;
}

interface Case {
  endpoint: string;
  minRole: Role;
  scopes: Scope[];
  /** Builds the request; may create fresh targets so cells never depend on each other. */
  request(w: World, scope: Scope): Promise<Req> | Req;
  ok: number;
  foreign: number;
  /** For an allowed caller: what the answer must (not) contain. */
  check?(body: unknown, w: World, scope: Scope): Promise<void> | void;
}

const both: Scope[] = ['own', 'foreign'];
const orgOf = (w: World, scope: Scope) => (scope === 'own' ? w.own : w.foreign);
const text = (body: unknown) => JSON.stringify(body);
const freshAdvisor = (w: World, scope: Scope) =>
  createAdvisor(env.DB, { orgId: orgOf(w, scope).org.id, name: '対象', email: null, role: 'advisor' });
const pull = `/v1/sync/pull?protocol=${PROTOCOL_VERSION}&clientId=`;
/** A pending invitation of the organisation, made by its admin. */
async function freshInvitation(w: World, scope: Scope): Promise<string> {
  const org = orgOf(w, scope);
  const { row, statement } = await invitationInsert(env.DB, {
    orgId: org.org.id,
    name: '招待対象',
    role: 'advisor',
    jobTitle: null,
    createdBy: org.admin.id,
    now: new Date(),
    ttlHours: 72,
  });
  await statement.run();
  return row.id;
}

const CASES: Case[] = [
  {
    endpoint: 'GET /v1/me',
    minRole: 'advisor',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/me' }),
    check: (body, w) => expect(body).toMatchObject({ organisation: { id: w.own.org.id } }),
  },
  {
    endpoint: 'GET /v1/tags',
    minRole: 'advisor',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/tags' }),
    check: (body) => expect(text(body)).not.toContain('foreign-only-tag'),
  },
  {
    endpoint: 'GET /v1/businesses',
    minRole: 'advisor',
    scopes: both,
    ok: 200,
    foreign: 200,
    request: (_w, scope) => ({ method: 'GET', path: `/v1/businesses?q=${encodeURIComponent(scope === 'own' ? '自組織' : '他組織')}` }),
    check: (body, w, scope) => {
      expect(text(body)).not.toContain(w.foreignBusiness);
      if (scope === 'own') expect(text(body)).toContain(w.ownBusiness);
    },
  },
  {
    endpoint: 'GET /v1/businesses/:id',
    minRole: 'advisor',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: (w, scope) => ({ method: 'GET', path: `/v1/businesses/${scope === 'own' ? w.ownBusiness : w.foreignBusiness}` }),
  },
  {
    endpoint: 'GET /v1/businesses/:id/consultations',
    minRole: 'advisor',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: (w, scope) => ({ method: 'GET', path: `/v1/businesses/${scope === 'own' ? w.ownBusiness : w.foreignBusiness}/consultations` }),
  },
  {
    endpoint: 'GET /v1/reports/consultation-counts',
    minRole: 'manager',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/reports/consultation-counts?from=2026-05-01&to=2026-05-31' }),
    // Both organisations have one consultation in May; only the caller's own counts.
    check: (body) => expect(body).toMatchObject({ total: { consultations: 1, businesses: 1 } }),
  },
  {
    endpoint: 'PUT /v1/reports/plan/targets',
    minRole: 'manager',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'PUT', path: '/v1/reports/plan/targets', body: { fiscalYear: 2025, targets: { analysis: 10 } } }),
    check: (body) =>
      expect(body).toMatchObject({ fiscalYear: 2025, targets: expect.arrayContaining([{ indicator: 'analysis', target: 10 }]) }),
  },
  {
    endpoint: 'GET /v1/admin/advisors',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/admin/advisors?limit=200' }),
    check: (body, w) => {
      expect(text(body)).toContain(w.own.advisor.id);
      expect(text(body)).not.toContain(w.foreign.advisor.id);
    },
  },
  {
    endpoint: 'POST /v1/admin/advisors',
    minRole: 'admin',
    scopes: ['own'],
    ok: 201,
    foreign: 404,
    request: () => ({ method: 'POST', path: '/v1/admin/advisors', body: { name: '新任', role: 'advisor' } }),
    check: async (body, w) => {
      const id = (body as { advisor: { id: string } }).advisor.id;
      const row = await env.DB.prepare('SELECT org_id FROM advisors WHERE id = ?').bind(id).first<{ org_id: string }>();
      expect(row?.org_id).toBe(w.own.org.id);
    },
  },
  {
    endpoint: 'PATCH /v1/admin/advisors/:id',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: async (w, scope) => ({
      method: 'PATCH',
      path: `/v1/admin/advisors/${(await freshAdvisor(w, scope)).id}`,
      body: { disabled: true },
    }),
  },
  {
    endpoint: 'POST /v1/admin/advisors/:id/tokens',
    minRole: 'admin',
    scopes: both,
    ok: 201,
    foreign: 404,
    request: (w, scope) => ({ method: 'POST', path: `/v1/admin/advisors/${orgOf(w, scope).advisor.id}/tokens`, body: { label: '追加' } }),
  },
  {
    endpoint: 'GET /v1/admin/tokens',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 200,
    request: (w, scope) => ({ method: 'GET', path: `/v1/admin/tokens?advisorId=${orgOf(w, scope).advisor.id}` }),
    check: (body, _w, scope) => expect((body as { items: unknown[] }).items.length > 0).toBe(scope === 'own'),
  },
  {
    endpoint: 'DELETE /v1/admin/tokens/:id',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: async (w, scope) => {
      const target = await freshAdvisor(w, scope);
      const { row } = await createToken(env.DB, { orgId: target.org_id, advisorId: target.id, label: '対象' });
      return { method: 'DELETE', path: `/v1/admin/tokens/${row.id}` };
    },
  },
  {
    endpoint: 'GET /v1/directory',
    minRole: 'advisor',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/directory' }),
    check: (body, w) => {
      expect(text(body)).toContain(w.own.advisor.id);
      expect(text(body)).not.toContain(w.foreign.advisor.id);
      expect(body).toMatchObject({ organisation: { id: w.own.org.id } });
    },
  },
  {
    endpoint: 'PATCH /v1/admin/advisors/:id (role)',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: async (w, scope) => ({
      method: 'PATCH',
      path: `/v1/admin/advisors/${(await freshAdvisor(w, scope)).id}`,
      body: { role: 'manager', jobTitle: 'expert' },
    }),
  },
  {
    endpoint: 'GET /v1/admin/organisation',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/admin/organisation' }),
    check: (body, w) => expect(body).toMatchObject({ id: w.own.org.id }),
  },
  {
    endpoint: 'PATCH /v1/admin/organisation',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'PATCH', path: '/v1/admin/organisation', body: { municipality: '金沢市' } }),
    check: (body, w) => expect(body).toMatchObject({ id: w.own.org.id, municipality: '金沢市' }),
  },
  {
    endpoint: 'GET /v1/admin/invitations',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    // Both organisations have an invitation pending; only the caller's own is listed.
    request: async (w) => (
      await Promise.all([freshInvitation(w, 'own'), freshInvitation(w, 'foreign')]),
      { method: 'GET', path: '/v1/admin/invitations?limit=200' }
    ),
    check: (body, w) => {
      expect(text(body)).toContain(w.own.admin.id);
      expect(text(body)).not.toContain(w.foreign.admin.id);
    },
  },
  {
    endpoint: 'POST /v1/admin/invitations',
    minRole: 'admin',
    scopes: ['own'],
    ok: 201,
    foreign: 404,
    request: () => ({ method: 'POST', path: '/v1/admin/invitations', body: { name: '新任', role: 'advisor' } }),
  },
  {
    endpoint: 'DELETE /v1/admin/invitations/:id',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: async (w, scope) => ({ method: 'DELETE', path: `/v1/admin/invitations/${await freshInvitation(w, scope)}` }),
  },
  {
    endpoint: 'POST /v1/import/businesses',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({
      method: 'POST',
      path: '/v1/import/businesses',
      body: { fileName: 'a.csv', dryRun: true, rows: [{ line: 2, fields: { name: '新しい店' } }] },
    }),
    check: (body) => expect(body).toMatchObject({ written: false, created: 1 }),
  },
  {
    endpoint: 'GET /v1/admin/integration-keys',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: async (w) => {
      const foreign = await integrationKeyInsert(env.DB, {
        orgId: w.foreign.org.id,
        label: '他組織の連携',
        scope: 'read',
        createdBy: w.foreign.admin.id,
      });
      await foreign.statement.run();
      return { method: 'GET', path: '/v1/admin/integration-keys' };
    },
    check: (body) => expect(text(body)).not.toContain('他組織の連携'),
  },
  {
    endpoint: 'POST /v1/admin/integration-keys',
    minRole: 'admin',
    scopes: ['own'],
    ok: 201,
    foreign: 404,
    request: () => ({ method: 'POST', path: '/v1/admin/integration-keys', body: { label: '連携', scope: 'read' } }),
  },
  {
    endpoint: 'DELETE /v1/admin/integration-keys/:id',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 404,
    request: async (w, scope) => {
      const org = orgOf(w, scope);
      const created = await integrationKeyInsert(env.DB, {
        orgId: org.org.id,
        label: '取り消す連携',
        scope: 'import',
        createdBy: org.admin.id,
      });
      await created.statement.run();
      return { method: 'DELETE', path: `/v1/admin/integration-keys/${created.id}` };
    },
  },
  {
    endpoint: 'POST /v1/sync/push',
    minRole: 'advisor',
    scopes: both,
    ok: 200,
    foreign: 200,
    // Ids are scoped per organisation: naming a foreign record's id can never reach it.
    request: async (w, scope) => {
      const recordId = scope === 'own' ? uuidv7() : await putBusiness(w.foreign.org.id, { name: '他組織の押し込み対象' });
      return {
        method: 'POST',
        path: '/v1/sync/push',
        body: {
          protocol: PROTOCOL_VERSION,
          clientId: crypto.randomUUID(),
          mutations: [{ id: 1, kind: 'business', recordId, baseVersion: 0, fields: { name: '書き換え' } }],
        },
      };
    },
    check: async (body, w, scope) => {
      expect(body).toMatchObject({ results: [{ id: 1, status: 'applied' }] });
      if (scope === 'own') return;
      const { results } = await env.DB.prepare(`SELECT data FROM records WHERE org_id = ? AND kind = 'business'`)
        .bind(w.foreign.org.id)
        .all<{ data: string }>();
      expect(results.map((r) => JSON.parse(r.data).name)).not.toContain('書き換え');
    },
  },
  {
    endpoint: 'GET /v1/export (own work)',
    minRole: 'advisor',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/export?scope=own&sensitive=1' }),
    check: (body, w) => {
      expect(body).toMatchObject({ organisation: { id: w.own.org.id } });
      expect(text(body)).not.toMatch(/他組織の|foreign-only-tag/);
      expect(text(body)).not.toContain(w.foreign.advisor.id);
    },
  },
  {
    endpoint: 'GET /v1/export (organisation)',
    minRole: 'admin',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: '/v1/export?scope=organisation&sensitive=1' }),
    check: (body, w) => {
      expect(text(body)).toContain(w.ownBusiness);
      expect(text(body)).not.toMatch(/他組織の|foreign-only-tag/);
      expect(text(body)).not.toContain(w.foreignBusiness);
    },
  },
  {
    endpoint: 'GET /v1/admin/audit',
    minRole: 'admin',
    scopes: both,
    ok: 200,
    foreign: 200,
    request: (w, scope) => ({ method: 'GET', path: `/v1/admin/audit?limit=200&advisorId=${orgOf(w, scope).admin.id}` }),
    // The foreign admin revoked nothing here, but made tokens: none of their entries shows.
    check: (body, w, scope) => {
      expect(text(body)).not.toContain(w.foreign.admin.id);
      if (scope === 'own') expect((body as { items: unknown[] }).items.length).toBeGreaterThan(0);
    },
  },
  {
    endpoint: 'GET /v1/sync/pull',
    minRole: 'advisor',
    scopes: ['own'],
    ok: 200,
    foreign: 404,
    request: () => ({ method: 'GET', path: pull + crypto.randomUUID() }),
    check: (body, w) => {
      expect(text(body)).toContain(w.ownBusiness);
      expect(text(body)).not.toMatch(/他組織の|foreign-only-tag/);
    },
  },
];

const CALLERS: Caller[] = ['none', 'revoked', 'advisor', 'manager', 'admin'];

function expected(c: Case, caller: Caller, scope: Scope): number {
  if (caller === 'none' || caller === 'revoked') return 401;
  if (!roleAtLeast(caller, c.minRole)) return 403;
  return scope === 'own' ? c.ok : c.foreign;
}

let world: World;

beforeAll(async () => {
  const [own, foreign] = await Promise.all([makeOrg(), makeOrg()]);
  const ownBusiness = await putBusiness(own.org.id, { name: '自組織の事業者' });
  const foreignBusiness = await putBusiness(foreign.org.id, { name: '他組織の事業者' });
  await putConsultation(own.org.id, own.advisor.id, ownBusiness, { heldAt: '2026-05-10T01:00:00Z' });
  await putConsultation(foreign.org.id, foreign.advisor.id, foreignBusiness, { heldAt: '2026-05-10T01:00:00Z' });
  await putRecord(foreign.org.id, 'tag', { groupId: 'grp-topic', name: 'foreign-only-tag', order: 50 }, { id: 'topic-foreign-only' });
  const revoked = await makeActor(own.org.id, 'admin');
  const tokenId = (await env.DB.prepare('SELECT id FROM api_tokens WHERE advisor_id = ?').bind(revoked.id).first<{ id: string }>())!.id;
  expect((await own.admin.send('DELETE', `/v1/admin/tokens/${tokenId}`)).status).toBe(200);
  world = { own, foreign, ownBusiness, foreignBusiness, revoked };
});

const cells = CASES.flatMap((c) =>
  c.scopes.flatMap((scope) => CALLERS.map((caller) => ({ c, scope, caller, status: expected(c, caller, scope) }))),
);

describe('authorisation matrix', () => {
  it.each(cells.map((cell) => [`${cell.c.endpoint} · ${cell.caller} · ${cell.scope} → ${cell.status}`, cell] as const))(
    '%s',
    async (_name, { c, scope, caller, status }) => {
      const req = await c.request(world, scope);
      const token = caller === 'none' ? null : caller === 'revoked' ? world.revoked.token : world.own[caller].token;
      const res = await actorFetch(token, req.method, req.path, req.body);
      const body: unknown = await res.json();
      expect(res.status, text(body)).toBe(status);
      if (status >= 400) {
        expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } });
        // Error answers about foreign resources carry nothing of them.
        expect(text(body)).not.toContain(world.foreignBusiness);
      } else {
        await c.check?.(body, world, scope);
      }
    },
  );
});

describe('POST /v1/bootstrap ignores API tokens', () => {
  it.each(['advisor', 'manager', 'admin'] as const)('an %s token without the bootstrap secret gets 401', async (role) => {
    const res = await SELF.fetch('http://api.test/v1/bootstrap', {
      method: 'POST',
      headers: { Authorization: `Bearer ${world.own[role].token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ organisationName: world.own.org.name, adminName: '乗っ取り' }),
    });
    expect(res.status).toBe(401);
  });
});
