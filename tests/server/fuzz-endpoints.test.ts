import { env, SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorBody, uuidv7 } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';

/**
 * Property-based fuzzing of every endpoint (issue 10): generated JSON bodies, near-valid bodies
 * with one part replaced, and generated query strings and path segments. Every answer is a
 * 2xx or a 4xx in the shared error shape — never a 5xx, never a hang — and a refused request
 * writes nothing. Replay a failure with the seed and path fast-check prints (FUZZ_SEED, FUZZ_PATH).
 */

const RUNS = Number((import.meta as unknown as { env: Record<string, string | undefined> }).env.SIM_FUZZ_RUNS ?? 60);
const params = { numRuns: RUNS, interruptAfterTimeLimit: 60_000 };

/** Strings of every kind: ASCII, Japanese, lone surrogates, controls. */
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '__proto__', '1e2', '-1', 'null', 'true', '株式会社テスト'),
);
/** Large junk arrays and deep nesting: what validation must refuse by size before looking at every element. */
const shortName = <T extends object>(value: T, name: string): T =>
  Object.defineProperty(value, fc.toStringMethod, { value: () => name, enumerable: false });
const hugeJson = fc.oneof(
  fc.integer({ min: 1_000, max: 150_000 }).map((n) => shortName(Array(n).fill(1), `[1 ×${n}]`)),
  fc.integer({ min: 100, max: 5_000 }).map((n) => shortName(JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown[], `[[… ${n} deep]]`)),
);
const anyJson = fc.oneof({ weight: 9, arbitrary: fc.jsonValue({ maxDepth: 4, stringUnit: 'binary' }) }, { weight: 1, arbitrary: hugeJson });

type Json = unknown;

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A JSON value with the part at `path` (indices into keys, modulo) replaced, removed, or given an extra unknown key. */
function mutate(value: Json, path: number[], replacement: Json, how: 'replace' | 'remove' | 'extra'): Json {
  if (path.length === 0 || value === null || typeof value !== 'object') return how === 'remove' ? undefined : replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const i = head! % value.length;
    const copy = [...value];
    copy[i] = mutate(copy[i], rest, replacement, how);
    return copy;
  }
  const keys = Object.keys(value);
  const copy: Record<string, Json> = { ...(value as Record<string, Json>) };
  if (how === 'extra' && rest.length === 0) {
    copy[`extra${head}`] = replacement;
    return copy;
  }
  if (keys.length === 0) return replacement;
  const key = keys[head! % keys.length]!;
  const next = mutate(copy[key], rest, replacement, how);
  if (next === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

const nearValid = (template: () => Json) =>
  fc
    .tuple(
      fc.array(fc.nat(), { maxLength: 6 }),
      anyJson,
      fc.constantFrom('replace', 'remove', 'extra') as fc.Arbitrary<'replace' | 'remove' | 'extra'>,
    )
    .map(([path, replacement, how]) => mutate(template(), path, replacement, how));

/** Where a template holds arrays (and objects): the places a huge value hurts most. */
function containerPaths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return [at, ...entries.flatMap(([k, v]) => containerPaths(v, [...at, k]))];
}

function replaceAt(value: Json, path: (string | number)[], replacement: Json): Json {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as Record<string, Json>) }) as Record<string | number, Json>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

const nearValidHuge = (template: () => Json) =>
  fc.tuple(fc.nat(), hugeJson).map(([pick, huge]) => {
    const t = template();
    const paths = containerPaths(t);
    return replaceAt(t, paths[pick % paths.length]!, huge);
  });

const body = (template: () => Json) => fc.oneof(anyJson, nearValid(template), nearValid(template), nearValidHuge(template), anyString);

/** encodeURIComponent, except that a lone surrogate becomes the malformed bytes a careless client would send. */
const pathSegment = (s: string) => {
  try {
    return encodeURIComponent(s);
  } catch {
    return `${encodeURIComponent(s.replace(/[\ud800-\udfff]/g, 'x'))}%ED%A0%80`;
  }
};

const query = fc.dictionary(
  fc.constantFrom(
    'protocol',
    'clientId',
    'cursor',
    'limit',
    'q',
    'corporateNumber',
    'externalSystem',
    'externalId',
    'from',
    'to',
    'advisorId',
    'x',
  ),
  anyString,
  { maxKeys: 5 },
);

/** Everything a refused request must leave unchanged in the organisation. */
async function state(orgId: string) {
  const row = await env.DB.prepare(
    `SELECT (SELECT version FROM orgs WHERE id = ?1) AS version,
            (SELECT COUNT(*) FROM records WHERE org_id = ?1) AS records,
            (SELECT COUNT(*) FROM advisors WHERE org_id = ?1) AS advisors,
            (SELECT COUNT(*) FROM api_tokens WHERE org_id = ?1 AND revoked_at IS NULL) AS tokens,
            (SELECT COUNT(*) FROM advisors WHERE org_id = ?1 AND disabled_at IS NOT NULL) AS disabled,
            (SELECT COUNT(*) FROM sync_clients WHERE org_id = ?1) AS clients,
            (SELECT COUNT(*) FROM invitations WHERE org_id = ?1 AND revoked_at IS NULL AND accepted_at IS NULL) AS invitations,
            (SELECT json_array(kind, prefecture, municipality) FROM orgs WHERE id = ?1) AS profile,
            (SELECT group_concat(role || ':' || COALESCE(job_title, '') || ':' || name) FROM advisors WHERE org_id = ?1) AS roles,
            (SELECT COUNT(*) FROM orgs) AS orgs`,
  )
    .bind(orgId)
    .first();
  return row;
}

async function send(actor: Actor | null, method: string, path: string, payload?: Json, headers: Record<string, string> = {}) {
  const init: RequestInit = { method, headers: { ...headers, ...(actor ? { Authorization: `Bearer ${actor.token}` } : {}) } };
  if (payload !== undefined) {
    (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    init.body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  }
  return SELF.fetch(`http://api.test${path}`, init);
}

/** The property every answer has: no 5xx; a 4xx in the error shape; a refused write changes nothing. */
async function check(orgId: string, request: () => Promise<Response>) {
  const before = await state(orgId);
  const res = await request();
  const text = await res.text();
  expect(res.status, text).toBeLessThan(500);
  if (res.status >= 400) {
    const body = errorBody.safeParse(JSON.parse(text));
    expect(body.success, text).toBe(true);
    // Every message a person can see is Japanese (issue 12), the summary and each detail.
    for (const message of [body.data!.error.message, ...(body.data!.error.details ?? []).map((d) => d.message)]) {
      expect(message, text).toMatch(JAPANESE);
    }
    expect(await state(orgId)).toEqual(before);
  }
}

const encodeQuery = (q: Record<string, string>) => new URLSearchParams(q).toString();

describe('fuzzing every endpoint with generated input', () => {
  it('POST /v1/sync/push', async () => {
    const { org, advisor } = await makeOrg();
    const template = () => ({
      protocol: 1,
      clientId: crypto.randomUUID(),
      mutations: [
        {
          id: 1,
          kind: 'business',
          recordId: uuidv7(),
          baseVersion: 0,
          fields: { name: '株式会社テスト', externalIds: [{ system: 'TOAS', value: 'T-1' }] },
        },
        {
          id: 2,
          kind: 'consultation',
          recordId: uuidv7(),
          baseVersion: 0,
          fields: {
            businessId: uuidv7(),
            heldAt: '2026-04-01T09:30:00Z',
            channel: 'counter',
            inquiry: '相談',
            tagIds: ['topic-finance'],
            advisorIds: [],
          },
        },
      ],
    });
    await fc.assert(
      fc.asyncProperty(body(template), (b) => check(org.id, () => send(advisor, 'POST', '/v1/sync/push', b))),
      params,
    );
  }, 120_000);

  it('GET /v1/sync/pull, /v1/businesses and the karte with generated queries and ids', async () => {
    const { org, advisor } = await makeOrg();
    await fc.assert(
      fc.asyncProperty(
        query,
        anyString,
        fc.constantFrom('/v1/sync/pull', '/v1/businesses', '/v1/businesses/{id}', '/v1/businesses/{id}/consultations'),
        (q, id, path) => check(org.id, () => send(advisor, 'GET', `${path.replace('{id}', pathSegment(id))}?${encodeQuery(q)}`)),
      ),
      params,
    );
  }, 120_000);

  it('reports and administration', async () => {
    const { org, admin, advisor } = await makeOrg();
    const endpoints: [string, string, (() => Json) | null][] = [
      ['GET', '/v1/reports/consultation-counts', null],
      ['GET', '/v1/reports/consultations', null],
      ['GET', '/v1/reports/consultations/records', null],
      ['GET', '/v1/reports/banso-cases', null],
      ['GET', '/v1/reports/karte-quality', null],
      ['GET', '/v1/reports/disaster', null],
      ['GET', '/v1/reports/startup', null],
      ['GET', '/v1/admin/advisors', null],
      ['GET', '/v1/admin/tokens', null],
      ['POST', '/v1/admin/advisors', () => ({ name: '山田 太郎', email: 'yamada@example.jp', role: 'advisor', tokenLabel: 'PC' })],
      ['PATCH', `/v1/admin/advisors/${advisor.id}`, () => ({ disabled: true })],
      ['POST', `/v1/admin/advisors/${advisor.id}/tokens`, () => ({ label: 'ノートPC' })],
      ['DELETE', '/v1/admin/tokens/{id}', null],
      ['PATCH', '/v1/admin/advisors/{id}', () => ({ disabled: false })],
      ['PATCH', `/v1/admin/advisors/${advisor.id}`, () => ({ role: 'manager', jobTitle: 'business_advisor', name: '佐藤 一郎' })],
      ['GET', '/v1/directory', null],
      ['GET', '/v1/admin/organisation', null],
      ['PATCH', '/v1/admin/organisation', () => ({ kind: 'society_of_commerce', prefecture: 'ishikawa', municipality: '輪島市' })],
      ['GET', '/v1/admin/invitations', null],
      [
        'PUT',
        '/v1/organisation/startup-areas',
        () => ({ areas: { management: ['topic-general'], finance: ['topic-tax'], hr: ['topic-hr'], sales: ['topic-sales'] } }),
      ],
      [
        'PUT',
        '/v1/organisation/banso-rule',
        () => ({ rule: { consultations: 4, months: 9, signals: 3, routineTagIds: ['topic-tax'], triggerTagIds: [] } }),
      ],
      ['POST', '/v1/admin/invitations', () => ({ name: '新任 花子', role: 'advisor', jobTitle: 'support_officer' })],
      ['DELETE', '/v1/admin/invitations/{id}', null],
      ['GET', '/v1/reports/plan', null],
      ['PUT', '/v1/reports/plan/targets', () => ({ fiscalYear: 2025, targets: { analysis: 30, followUpVisits: 120 } })],
      ['GET', '/v1/reports/subsidies', null],
      ['GET', '/v1/reports/expert-dispatch', null],
      [
        'POST',
        '/v1/import/businesses',
        () => ({ fileName: '会員名簿.csv', dryRun: true, rows: [{ line: 2, fields: { name: '取り込み商店', employees: 3 } }] }),
      ],
      ['GET', '/v1/admin/integration-keys', null],
      ['POST', '/v1/admin/integration-keys', () => ({ label: '基幹システム', scope: 'read' })],
      ['DELETE', '/v1/admin/integration-keys/{id}', null],
      [
        'POST',
        '/v1/import/restore',
        () => ({
          source: { organisationId: 'x', exportedAt: '2026-12-01T00:00:00Z' },
          part: { index: 3, last: true },
          advisors: [],
          records: [],
        }),
      ],
      ['GET', '/v1/organisations', null],
      ['GET', '/v1/referrals', null],
      [
        'POST',
        '/v1/referrals',
        () => ({ toOrgId: crypto.randomUUID(), businessId: crypto.randomUUID(), reason: '紹介', referredOn: '2026-04-01' }),
      ],
      ['PATCH', '/v1/referrals/{id}', () => ({ outcome: 'supported', outcomeNote: '' })],
      ['GET', '/v1/shares', null],
      [
        'POST',
        '/v1/shares',
        () => ({
          toOrgId: crypto.randomUUID(),
          businessId: crypto.randomUUID(),
          consentOn: '2026-04-01',
          consentMethod: 'written',
          purpose: '連携',
          scope: ['profile'],
          expiresOn: '2026-12-31',
        }),
      ],
      ['POST', '/v1/shares/{id}/withdraw', null],
      ['PUT', '/v1/shares/{id}/link', () => ({ businessId: null })],
      ['GET', '/v1/shares/{id}/karte', null],
      ['GET', '/v1/shares/incoming/kartes', null],
      ['GET', '/v1/export', null],
      ['GET', '/v1/admin/audit', null],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...endpoints),
        query,
        anyString,
        fc.option(anyJson),
        async ([method, path, template], q, id, raw) => {
          const target = `${path.replace('{id}', pathSegment(id))}?${encodeQuery(q)}`;
          const payload = template ? (raw ?? template()) : undefined;
          await check(org.id, () => send(admin, method, target, payload === null ? 'null' : payload));
          // A request that did change something (a valid body) is put back so the next run starts alike.
          await env.DB.prepare('UPDATE advisors SET disabled_at = NULL WHERE org_id = ?').bind(org.id).run();
        },
      ),
      params,
    );
  }, 120_000);

  it('POST /v1/invitations/accept (no token)', async () => {
    const { org, admin } = await makeOrg();
    // Used by the first valid body; every later use is refused and must change nothing.
    const { code } = (await (await send(admin, 'POST', '/v1/admin/invitations', { name: '招待 一郎', role: 'advisor' })).json()) as {
      code: string;
    };
    await fc.assert(
      fc.asyncProperty(
        body(() => ({ code })),
        (b) => check(org.id, () => send(null, 'POST', '/v1/invitations/accept', b)),
      ),
      params,
    );
  }, 120_000);

  it('POST /v1/bootstrap', async () => {
    const { org } = await makeOrg();
    const template = () => ({ organisationName: `検証-${crypto.randomUUID()}`, adminName: '管理 者', adminEmail: null });
    await fc.assert(
      fc.asyncProperty(body(template), (b) =>
        check(org.id, () => send(null, 'POST', '/v1/bootstrap', b, { 'X-Bootstrap-Secret': 'test-bootstrap-secret' })),
      ),
      params,
    );
  }, 120_000);
});
