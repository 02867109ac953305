import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import app from '../../server/src/index';
import { buildOpenApiDocument, ENDPOINTS, errorStatuses, jstDateOf, uuidv7, type EndpointName } from '../../shared';
import { makeOrg, type Actor } from './fixtures/org';
import { callEndpoint, contractOf, type Answer, type CallInput } from './fixtures/openapi-contract';
import { putConflict } from './fixtures/records';
import { reportWorld } from './fixtures/report-world';
import { startupWorld } from './fixtures/startup-world';
import { supportReportWorld } from './fixtures/support-report-world';

type Worlds = {
  reports: Awaited<ReturnType<typeof reportWorld>>;
  support: Awaited<ReturnType<typeof supportReportWorld>>;
  startup: Awaited<ReturnType<typeof startupWorld>>;
};

/** Calls one endpoint with each input, in order (some depend on the answer before). */
type Calls = (w: Worlds, call: (input: CallInput) => Promise<Answer>) => Promise<void>;

const nobody = { token: 'bk_not-a-token' };
const unknownId = () => uuidv7();
const as = (actor: Actor) => ({ as: actor });
const today = () => jstDateOf(new Date());
const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** A share of the report world's 一号商店 with the support world's organisation (広域連携), as its answer. */
async function shareB1({ reports: a, support: b }: Worlds, scope = ['profile', 'consultations', 'actions']) {
  const body = {
    toOrgId: b.org.id,
    businessId: a.b1,
    consentOn: today(),
    consentMethod: 'written',
    purpose: '販路開拓の共同支援',
    scope,
    expiresOn: inDays(30),
  };
  return (await callEndpoint('createShare', { ...as(a.advisor), body })).body as { id: string };
}

/**
 * What each endpoint of the table is called with: real data, answers of every success status
 * and errors. Typed by the table, so an endpoint added to it without calls here does not compile.
 */
const CALLS: { [N in EndpointName]: Calls } = {
  health: async (_w, call) => {
    await call({});
  },
  openApi: async (_w, call) => {
    await call({});
  },
  bootstrap: async (_w, call) => {
    const body = { organisationName: `契約テスト商工会-${crypto.randomUUID().slice(0, 8)}`, adminName: '契約 一郎' };
    await call({ as: 'bootstrap', body });
    await call({ as: 'bootstrap', body });
    await call({ as: 'bootstrap', body: { organisationName: '' } });
    await call({ as: null, body });
  },
  acceptInvitation: async ({ reports: w }, call) => {
    const invited = await callEndpoint('createInvitation', { ...as(w.admin), body: { name: '招待 花子', role: 'advisor' } });
    const code = (invited.body as { code: string }).code;
    await call({ body: { code } });
    await call({ body: { code } });
    await call({ body: { code: 'ZZZZ-ZZZZ' } });
    await call({ body: { code: '!' } });
  },
  me: async ({ reports: w }, call) => {
    await call(as(w.advisor));
    await call({ as: nobody });
    // Another system's read key is for businesses, tags and the directory only.
    const issued = await callEndpoint('createIntegrationKey', { ...as(w.admin), body: { label: '読み取り', scope: 'read' } });
    await call({ as: { token: (issued.body as { key: string }).key } });
  },
  directory: async ({ reports: w }, call) => {
    await call(as(w.advisor));
    await call({ as: null });
  },
  syncPush: async ({ reports: w }, call) => {
    const clientId = crypto.randomUUID();
    const business = uuidv7();
    const mutation = (id: number, fields: Record<string, unknown>) => ({
      id,
      kind: 'business',
      recordId: business,
      baseVersion: 0,
      fields,
    });
    // The second is rejected (a consultation of a business that does not exist): results of every status.
    const orphan = {
      id: 2,
      kind: 'consultation',
      recordId: uuidv7(),
      baseVersion: 0,
      fields: { businessId: unknownId(), heldAt: '2026-04-01T09:30:00Z', channel: 'counter' },
    };
    await call({ ...as(w.advisor), body: { protocol: 4, clientId, mutations: [mutation(1, { name: '契約商店' }), orphan] } });
    await call({ ...as(w.advisor), body: { protocol: 4, clientId, mutations: [mutation(1, { name: '契約商店' })] } });
    await call({ ...as(w.advisor), body: { protocol: 4, clientId, mutations: [mutation(9, { name: '飛んだ番号' })] } });
    await call({ ...as(w.advisor), body: { protocol: 4, clientId } });
  },
  syncPull: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { protocol: 4, clientId: crypto.randomUUID(), cursor: 0, limit: 1000 } });
    await call({ ...as(w.advisor), query: { protocol: 1, clientId: crypto.randomUUID() } });
    await call({ ...as(w.advisor), query: { protocol: 4 } });
  },
  searchBusinesses: async ({ reports: w }, call) => {
    await call({ ...as(w.advisor), query: { q: '号' } });
    const issued = await callEndpoint('createIntegrationKey', { ...as(w.admin), body: { label: '会員システム', scope: 'read' } });
    await call({ as: { token: (issued.body as { key: string }).key }, query: { q: '号' } });
    await call({ ...as(w.advisor), query: { limit: 1 } });
    await call({ ...as(w.advisor), query: { limit: 0 } });
  },
  karte: async ({ reports: w }, call) => {
    await putConflict(w.org.id, w.advisor.id, { kind: 'business', id: w.b1 }, 'essentialIssue', '別の端末で書いた本質的課題');
    await call({ ...as(w.advisor), params: { id: w.b1 } });
    await call({ ...as(w.advisor), params: { id: w.b2 } });
    await call({ ...as(w.manager), params: { id: w.b2 } });
    await call({ ...as(w.advisor), params: { id: unknownId() } });
    await call({ ...as(w.advisor), params: { id: 'not-a-uuid' } });
  },
  businessConsultations: async ({ reports: w }, call) => {
    await call({ ...as(w.advisor), params: { id: w.b1 }, query: { limit: 2 } });
    await call({ ...as(w.advisor), params: { id: w.gone } });
    await call({ ...as(w.advisor), params: { id: w.b1 }, query: { cursor: 'forged' } });
  },
  tags: async ({ reports: w }, call) => {
    await call(as(w.advisor));
    await call({ as: nobody });
  },
  saveBansoRule: async ({ reports: w }, call) => {
    const rule = { consultations: 4, months: 9, signals: 3, routineTagIds: ['topic-bookkeeping'], triggerTagIds: ['topic-succession'] };
    await call({ ...as(w.manager), body: { rule } });
    await call({ ...as(w.manager), body: { rule: null } });
    await call({ ...as(w.advisor), body: { rule: null } });
    await call({ ...as(w.manager), body: { rule: { ...rule, routineTagIds: ['no-such-tag'] } } });
  },
  saveStartupAreas: async ({ startup: w }, call) => {
    await call({
      ...as(w.manager),
      body: { areas: { management: ['topic-general'], finance: ['topic-finance'], hr: [], sales: ['topic-sales'] } },
    });
    await call({ ...as(w.advisor), body: { areas: null } });
    await call({ ...as(w.manager), body: {} });
  },
  consultationCounts: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { from: '2025-04-01', to: '2026-03-31' } });
    await call({ ...as(w.advisor), query: { from: '2025-04-01', to: '2026-03-31' } });
    await call({ ...as(w.manager), query: { from: '2026-04-01', to: '2025-03-31' } });
  },
  consultationsReport: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.advisor), query: { fy: 2025, programme: 'unspecified' } });
    await call({ ...as(w.advisor), query: { fy: 2025, advisorId: w.advisor2.id } });
    await call({ ...as(w.manager), query: { fy: 2025, month: '2025-04' } });
  },
  consultationRecords: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025, dim: 'channel', key: 'visit', limit: 1 } });
    await call({ ...as(w.manager), query: { fy: 2025, dim: 'all' } });
    await call({ ...as(w.manager), query: { fy: 2025, dim: 'channel' } });
  },
  bansoCasesReport: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.advisor), query: { fy: 2025 } });
    await call({ ...as(w.manager), query: { fy: 'x' } });
  },
  karteQualityReport: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.manager), query: { fy: 2025, extra: '1' } });
  },
  disasterReport: async ({ reports: w }, call) => {
    await call({ ...as(w.manager), query: {} });
    await call({ ...as(w.manager), query: { from: '2024-01-01', to: '2026-12-31' } });
    await call({ ...as(w.manager), query: { from: '2024-01-01' } });
  },
  startupReport: async ({ startup: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.advisor), query: { fy: 2025 } });
    await call({ ...as(w.manager), query: { month: '2025-4' } });
  },
  planReport: async ({ support: w }, call) => {
    await callEndpoint('savePlanTargets', { ...as(w.manager), body: { fiscalYear: 2025, targets: { analysis: 3, deals: 2 } } });
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.advisor), query: { fy: 2025 } });
    await call({ ...as(w.manager), query: { fy: 1999 } });
  },
  savePlanTargets: async ({ support: w }, call) => {
    await call({ ...as(w.manager), body: { fiscalYear: 2026, targets: { analysis: 10, followUpVisits: 120 } } });
    await call({ ...as(w.advisor), body: { fiscalYear: 2026, targets: {} } });
    await call({ ...as(w.manager), body: { fiscalYear: 2026, targets: { analysis: -1 } } });
  },
  subsidiesReport: async ({ support: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.manager), query: { fy: 2025, programme: 'nope' } });
  },
  dispatchReport: async ({ support: w }, call) => {
    await call({ ...as(w.manager), query: { fy: 2025 } });
    await call({ ...as(w.advisor), query: { fy: 2025, advisorId: w.advisor2.id } });
  },
  importBusinesses: async ({ reports: w }, call) => {
    const rows = [
      { line: 2, fields: { name: '取込商店', corporateNumber: '7000012050002' } },
      { line: 3, fields: { name: '取込食堂' } },
    ];
    await call({ ...as(w.admin), body: { fileName: '会員名簿.csv', dryRun: true, rows } });
    await call({ ...as(w.admin), body: { fileName: '会員名簿.csv', dryRun: false, rows } });
    await call({ ...as(w.admin), body: { fileName: '会員名簿.csv', dryRun: false, rows: [{ line: 2, fields: { name: '' } }] } });
    await call({ ...as(w.manager), body: { fileName: 'x.csv', dryRun: true, rows: [] } });
  },
  exportRecords: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), query: { scope: 'organisation', sensitive: '1' } });
    await call({ ...as(w.advisor), query: { scope: 'own' } });
    await call({ ...as(w.advisor), query: { scope: 'organisation' } });
    await call({ ...as(w.admin), query: { scope: 'everything' } });
  },
  restoreExport: async ({ reports: w }, call) => {
    const empty = await makeOrg();
    const body = {
      source: { organisationId: w.org.id, exportedAt: new Date().toISOString() },
      part: { index: 0, last: true },
      advisors: [],
      records: [],
    };
    await call({ ...as(empty.admin), body });
    await call({ ...as(empty.admin), body });
    await call({ ...as(w.admin), body });
    await call({ ...as(empty.admin), body: { ...body, part: { index: -1, last: true } } });
  },
  organisations: async ({ reports: w, support: b }, call) => {
    await call({ ...as(w.advisor), query: { q: b.org.name } });
    await call({ ...as(w.advisor), query: { kind: 'guild' } });
  },
  referrals: async (worlds, call) => {
    const { reports: a, support: b } = worlds;
    await callEndpoint('createReferral', {
      ...as(a.advisor),
      body: { toOrgId: b.org.id, businessId: a.b2, reason: '補助金申請の支援', referredOn: today() },
    });
    await call({ ...as(a.advisor), query: { businessId: a.b2 } });
    await call(as(b.advisor));
    await call({ ...as(a.advisor), query: { businessId: 'x' } });
  },
  createReferral: async ({ reports: a, support: b }, call) => {
    await call({ ...as(a.advisor), body: { toOrgId: b.org.id, businessId: a.b1, reason: '専門家の紹介', referredOn: today() } });
    await call({ ...as(a.advisor), body: { toOrgId: unknownId(), businessId: a.b1, reason: '専門家の紹介', referredOn: today() } });
    await call({ ...as(a.advisor), body: { toOrgId: b.org.id, businessId: a.b1, reason: '', referredOn: today() } });
  },
  updateReferral: async ({ reports: a, support: b }, call) => {
    const sent = await callEndpoint('createReferral', {
      ...as(a.advisor),
      body: { toOrgId: b.org.id, businessId: a.b3, reason: '事業承継の相談', referredOn: today() },
    });
    const { id } = sent.body as { id: string };
    await call({ ...as(b.advisor), params: { id }, body: { outcome: 'accepted', outcomeNote: '面談を設定' } });
    await call({ ...as(a.advisor), params: { id: unknownId() }, body: { outcome: 'declined', outcomeNote: '' } });
    await call({ ...as(a.advisor), params: { id }, body: { outcome: 'maybe', outcomeNote: '' } });
  },
  shares: async (worlds, call) => {
    await shareB1(worlds);
    await call({ ...as(worlds.reports.advisor), query: { businessId: worlds.reports.b1 } });
    await call(as(worlds.support.advisor));
    await call({ ...as(worlds.support.advisor), query: { other: '1' } });
  },
  createShare: async ({ reports: a, support: b }, call) => {
    const body = {
      toOrgId: b.org.id,
      businessId: a.b2,
      consentOn: today(),
      consentMethod: 'verbal',
      purpose: '被災からの復旧支援',
      scope: ['profile'],
      expiresOn: inDays(90),
    };
    await call({ ...as(a.advisor), body });
    await call({ ...as(a.advisor), body: { ...body, businessId: unknownId() } });
    await call({ ...as(a.advisor), body: { ...body, scope: [] } });
  },
  withdrawShare: async (worlds, call) => {
    const { id } = await shareB1(worlds, ['profile']);
    await call({ ...as(worlds.support.advisor), params: { id } });
    await call({ ...as(worlds.reports.advisor), params: { id } });
    await call({ ...as(worlds.reports.advisor), params: { id: unknownId() } });
  },
  linkShare: async (worlds, call) => {
    const { id } = await shareB1(worlds, ['profile', 'consultations']);
    await call({ ...as(worlds.support.advisor), params: { id }, body: { businessId: worlds.support.b1 } });
    await call({ ...as(worlds.support.advisor), params: { id }, body: { businessId: null } });
    await call({ ...as(worlds.reports.advisor), params: { id }, body: { businessId: null } });
  },
  incomingKartes: async (worlds, call) => {
    await shareB1(worlds);
    await call(as(worlds.support.manager));
    await call({ as: nobody });
  },
  sharedKarte: async (worlds, call) => {
    const { id } = await shareB1(worlds);
    await call({ ...as(worlds.support.advisor), params: { id } });
    await call({ ...as(worlds.reports.advisor), params: { id } });
  },
  listAdvisors: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), query: { limit: 2 } });
    await call(as(w.manager));
    await call({ ...as(w.admin), query: { limit: 201 } });
  },
  createAdvisor: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), body: { name: '新任 次郎', role: 'manager', jobTitle: 'business_advisor', email: 'jiro@example.jp' } });
    await call({ ...as(w.admin), body: { name: '新任 次郎', role: 'owner' } });
  },
  updateAdvisor: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), params: { id: w.advisor2.id }, body: { jobTitle: 'expert', name: '改名 二郎' } });
    await call({ ...as(w.admin), params: { id: w.admin.id }, body: { disabled: true } });
    await call({ ...as(w.admin), params: { id: unknownId() }, body: { name: 'だれ' } });
    await call({ ...as(w.admin), params: { id: w.advisor2.id }, body: {} });
  },
  issueToken: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), params: { id: w.advisor.id }, body: { label: '2台目のPC' } });
    await call({ ...as(w.admin), params: { id: unknownId() }, body: { label: 'x' } });
  },
  listTokens: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), query: { advisorId: w.advisor.id } });
    await call({ ...as(w.admin), query: { advisorId: 'x' } });
  },
  revokeToken: async ({ reports: w }, call) => {
    const issued = await callEndpoint('issueToken', { ...as(w.admin), params: { id: w.advisor2.id }, body: { label: '使い捨て' } });
    await call({ ...as(w.admin), params: { id: (issued.body as { tokenInfo: { id: string } }).tokenInfo.id } });
    await call({ ...as(w.admin), params: { id: unknownId() } });
  },
  listInvitations: async ({ reports: w }, call) => {
    await callEndpoint('createInvitation', { ...as(w.admin), body: { name: '保留 三郎', role: 'advisor', jobTitle: 'assistant' } });
    await call(as(w.admin));
    await call(as(w.advisor));
  },
  createInvitation: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), body: { name: '招待 四郎', role: 'manager' } });
    await call({ ...as(w.admin), body: { name: '   ', role: 'advisor' } });
  },
  revokeInvitation: async ({ reports: w }, call) => {
    const pending = await callEndpoint('createInvitation', { ...as(w.admin), body: { name: '取消 五郎', role: 'advisor' } });
    await call({ ...as(w.admin), params: { id: (pending.body as { invitation: { id: string } }).invitation.id } });
    const used = await callEndpoint('createInvitation', { ...as(w.admin), body: { name: '参加 六郎', role: 'advisor' } });
    await callEndpoint('acceptInvitation', { body: { code: (used.body as { code: string }).code } });
    await call({ ...as(w.admin), params: { id: (used.body as { invitation: { id: string } }).invitation.id } });
    await call({ ...as(w.admin), params: { id: unknownId() } });
  },
  integrationKeys: async ({ reports: w }, call) => {
    await callEndpoint('createIntegrationKey', { ...as(w.admin), body: { label: 'BIZミル連携', scope: 'read' } });
    await call(as(w.admin));
    await call(as(w.advisor));
  },
  createIntegrationKey: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), body: { label: 'TOAS取込', scope: 'import' } });
    await call({ ...as(w.admin), body: { label: 'TOAS取込', scope: 'write' } });
  },
  revokeIntegrationKey: async ({ reports: w }, call) => {
    const issued = await callEndpoint('createIntegrationKey', { ...as(w.admin), body: { label: '試験用', scope: 'read' } });
    await call({ ...as(w.admin), params: { id: (issued.body as { integrationKey: { id: string } }).integrationKey.id } });
    await call({ ...as(w.admin), params: { id: unknownId() } });
  },
  auditLog: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), query: { limit: 5 } });
    await call({ ...as(w.admin), query: { group: 'no-such-group' } });
    await call(as(w.manager));
  },
  organisationProfile: async ({ reports: w }, call) => {
    await call(as(w.admin));
    await call(as(w.manager));
  },
  updateOrganisationProfile: async ({ reports: w }, call) => {
    await call({ ...as(w.admin), body: { kind: 'society_of_commerce', prefecture: 'ishikawa', municipality: '輪島市' } });
    await call({ ...as(w.admin), body: {} });
  },
};

/** Hono's routes as `METHOD /path/{param}`, middleware left out. */
const appRoutes = () =>
  new Set(
    app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}').replace(/(.)\/$/, '$1')}`),
  );

describe('the OpenAPI contract', () => {
  it('serves the document without a token, as built from the table', async () => {
    const res = await SELF.fetch('https://api.test/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('has every route of the Worker in the table, and nothing the Worker lacks', () => {
    const table = new Set(Object.values(ENDPOINTS).map((e) => `${e.method.toUpperCase()} ${e.path}`));
    expect([...appRoutes()].sort()).toEqual([...table].sort());
  });

  it('answers every endpoint, on success and on error, as the document says', async () => {
    const document = (await (await SELF.fetch('https://api.test/v1/openapi.json')).json()) as Record<string, unknown>;
    const problems = contractOf(document);
    const [reports, support, startup] = await Promise.all([reportWorld(), supportReportWorld(), startupWorld()]);
    const worlds: Worlds = { reports, support, startup };
    const answers: Answer[] = [];
    for (const name of Object.keys(CALLS) as EndpointName[]) {
      await CALLS[name](worlds, async (input) => {
        const answer = await callEndpoint(name, input);
        answers.push(answer);
        return answer;
      });
    }
    expect(answers.flatMap(problems)).toEqual([]);
    for (const [name, endpoint] of Object.entries(ENDPOINTS) as [EndpointName, (typeof ENDPOINTS)[EndpointName]][]) {
      const seen = new Set(answers.filter((a) => a.operationId === name).map((a) => a.status));
      // Every success status of the endpoint was met, and an error whenever it has one besides 500.
      for (const status of Object.keys(endpoint.responses).map(Number))
        expect(seen.has(status), `${name} ${status}: ${[...seen]}`).toBe(true);
      if (errorStatuses(endpoint).some((s) => s !== 500))
        expect(
          [...seen].some((s) => s >= 400),
          `${name}: ${[...seen]}`,
        ).toBe(true);
    }
  }, 60_000); // about a hundred calls and three report worlds: seconds, more on a busy machine

  it('refuses an answer, or a request taken, that does not follow the document', async () => {
    const problems = contractOf(buildOpenApiDocument());
    expect(problems({ operationId: 'me', status: 200, body: { advisor: {} } })).not.toEqual([]);
    expect(problems({ operationId: 'health', status: 200, body: { status: 'ok', protocol: 4, minProtocol: 1, extra: true } })).not.toEqual(
      [],
    );
    expect(problems({ operationId: 'me', status: 418, body: {} })).toEqual(['me: status 418 is not in the document']);
    expect(problems({ operationId: 'karte', status: 404, body: { error: { code: 'not_found', message: 'ない' } } })).toEqual([]);
    // A request the API took must be one the document describes.
    const page = { items: [], nextCursor: null };
    expect(problems({ operationId: 'listTokens', status: 200, body: page, request: { params: {}, query: { limit: '20' } } })).toEqual([]);
    expect(problems({ operationId: 'listTokens', status: 200, body: page, request: { params: {}, query: { limit: 'many' } } })).not.toEqual(
      [],
    );
    expect(problems({ operationId: 'listTokens', status: 200, body: page, request: { params: {}, query: { sort: 'name' } } })).not.toEqual(
      [],
    );
    expect(
      problems({
        operationId: 'syncPull',
        status: 200,
        body: { protocol: 4, changes: [], cursor: 0, hasMore: false, lastMutationId: 0 },
        request: { params: {}, query: {} },
      }),
    ).toContain('syncPull request: query parameter protocol is required');
    const profile = {
      id: 'o',
      name: '能登商工会',
      kind: null,
      prefecture: null,
      municipality: '',
      fiscalYearStartMonth: 4,
      bansoRule: null,
      startupAreas: null,
    };
    expect(
      problems({
        operationId: 'updateOrganisationProfile',
        status: 200,
        body: profile,
        request: { params: {}, query: {}, body: { kind: 'guild' } },
      }),
    ).not.toEqual([]);
  });
});
