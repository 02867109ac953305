import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { corporateNumberCheckDigit, importBusinessesResponse, PROTOCOL_VERSION, pullResponse } from '../../shared';
import { auditRows, putBusiness } from './fixtures/records';
import { makeOrg, type Actor } from './fixtures/org';

const cn = (base12: string) => `${corporateNumberCheckDigit(base12)}${base12}`;
const CN1 = cn('123456789012');
const CN2 = cn('210987654321');

async function importRows(actor: Actor, rows: { line: number; fields: Record<string, unknown> }[], dryRun = false) {
  const res = await actor.post('/v1/import/businesses', { fileName: '会員名簿.csv', dryRun, rows });
  const body: unknown = await res.json();
  return { status: res.status, body: importBusinessesResponse.parse(body) };
}

async function liveBusinesses(orgId: string) {
  const { results } = await env.DB.prepare(
    `SELECT id, version, json_extract(data, '$.name') AS name, json_extract(data, '$.corporateNumber') AS cn, json_extract(data, '$.externalIds') AS ext,
       json_extract(data, '$.membership') AS membership, author_id
     FROM records WHERE org_id = ? AND kind = 'business' AND deleted = 0 ORDER BY name`,
  )
    .bind(orgId)
    .all<{ id: string; version: number; name: string; cn: string | null; ext: string; membership: string; author_id: string }>();
  return results;
}

const memberList = [
  { line: 2, fields: { name: '一号商店', corporateNumber: CN1, membership: 'member', externalIds: [{ system: 'TOAS', value: 'M-001' }] } },
  { line: 3, fields: { name: '二号食堂', externalIds: [{ system: 'TOAS', value: 'M-002' }], employees: 4 } },
  { line: 4, fields: { name: '三号製作所', corporateNumber: CN2, industry: 'E' } },
];

describe('POST /v1/import/businesses', () => {
  it('adds new businesses, and importing the same file again updates them without duplicates', async () => {
    const { org, admin } = await makeOrg();
    const first = await importRows(admin, memberList);
    expect(first).toEqual({ status: 200, body: { written: true, created: 3, updated: 0, unchanged: 0, problems: [], problemCount: 0 } });
    expect((await liveBusinesses(org.id)).map((b) => [b.name, b.cn, b.author_id])).toEqual([
      ['一号商店', CN1, admin.id],
      ['三号製作所', CN2, admin.id],
      ['二号食堂', null, admin.id],
    ]);

    const again = await importRows(admin, memberList);
    expect(again.body).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 3 });
    // The next year's list: 一号商店 left the 会員 (matched by 法人番号), 二号食堂 renamed (matched by its TOAS number).
    const next = await importRows(admin, [
      { line: 2, fields: { name: '一号商店', corporateNumber: CN1, membership: 'non_member' } },
      { line: 3, fields: { name: '二号食堂 本店', externalIds: [{ system: 'TOAS', value: 'M-002' }] } },
    ]);
    expect(next.body).toMatchObject({ written: true, created: 0, updated: 2, unchanged: 0 });
    const after = await liveBusinesses(org.id);
    expect(after.map((b) => [b.name, b.membership])).toEqual([
      ['一号商店', 'non_member'],
      ['三号製作所', 'unknown'],
      ['二号食堂 本店', 'unknown'],
    ]);
    // The TOAS number 一号商店 had stays: a list without the column drops no id.
    expect(JSON.parse(after[0]!.ext)).toEqual([{ system: 'TOAS', value: 'M-001' }]);
  });

  it('matches businesses already on the karte and reaches devices through pull', async () => {
    const { org, admin, advisor } = await makeOrg();
    const known = await putBusiness(org.id, { name: '既存の店', corporateNumber: CN1, vision: '地域一番の店に' });
    const res = await importRows(admin, [{ line: 2, fields: { name: '既存の店', corporateNumber: CN1, employees: 12 } }]);
    expect(res.body).toMatchObject({ written: true, created: 0, updated: 1 });
    const pull = pullResponse.parse(
      await (await advisor.get(`/v1/sync/pull?protocol=${PROTOCOL_VERSION}&cursor=0&clientId=${crypto.randomUUID()}`)).json(),
    );
    const record = pull.changes.find((r) => r.id === known);
    expect(record?.data).toMatchObject({ name: '既存の店', employees: 12, vision: '地域一番の店に' });
  });

  it('matches by the id of this karte’s own export, and keeps it for a business it does not have', async () => {
    const { org, admin } = await makeOrg();
    const known = await putBusiness(org.id, { name: '書き出した店' });
    const fresh = crypto.randomUUID();
    const rows = [
      { line: 2, recordId: known, fields: { name: '書き出した店', employees: 7 } },
      { line: 3, recordId: fresh, fields: { name: '別の組織から来た店' } },
    ];
    expect((await importRows(admin, rows)).body).toMatchObject({ written: true, created: 1, updated: 1 });
    expect((await liveBusinesses(org.id)).map((b) => [b.name, b.id])).toEqual(
      expect.arrayContaining([
        ['書き出した店', known],
        ['別の組織から来た店', fresh],
      ]),
    );
    // The same file again: both matched by id, nothing new.
    expect((await importRows(admin, rows)).body).toMatchObject({ written: false, created: 0, updated: 0, unchanged: 2 });
    expect(await liveBusinesses(org.id)).toHaveLength(2);
  });

  it('refuses a file with problems, naming each line and field, and writes nothing', async () => {
    const { org, admin } = await makeOrg();
    await putBusiness(org.id, { name: 'A社', corporateNumber: CN2 });
    await putBusiness(org.id, { name: 'B社', externalIds: [{ system: 'TOAS', value: 'M-9' }] });
    const before = await liveBusinesses(org.id);
    const res = await importRows(admin, [
      { line: 2, fields: { name: 'よい行', corporateNumber: CN1 } },
      { line: 3, fields: { name: '番号違い', corporateNumber: '1234567890123' } },
      { line: 4, fields: { employees: -1, name: '人数違い' } },
      { line: 5, fields: { corporateNumber: cn('555555555555') } },
      { line: 6, fields: { name: '重複', corporateNumber: CN1 } },
      { line: 7, fields: { name: '食い違い', corporateNumber: CN2, externalIds: [{ system: 'TOAS', value: 'M-9' }] } },
    ]);
    expect(res.status).toBe(422);
    expect(res.body.written).toBe(false);
    // Shape problems first (every line checked), then matching ones once the shapes are right.
    expect(res.body.problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'corporateNumber'],
      [4, 'employees'],
    ]);
    expect(res.body.problems[0]!.message).toContain('チェックデジット');
    const fixed = await importRows(admin, [
      { line: 2, fields: { name: 'よい行', corporateNumber: CN1 } },
      { line: 5, fields: { corporateNumber: cn('555555555555') } },
      { line: 6, fields: { name: '重複', corporateNumber: CN1 } },
      { line: 7, fields: { name: '食い違い', corporateNumber: CN2, externalIds: [{ system: 'TOAS', value: 'M-9' }] } },
    ]);
    expect(fixed.status).toBe(422);
    expect(fixed.body.problems.map((p) => [p.line, p.field])).toEqual([
      [5, 'name'],
      [6, 'corporateNumber'],
      [7, null],
    ]);
    expect(fixed.body.problems[2]!.message).toContain('「A社」、「B社」');
    expect(await liveBusinesses(org.id)).toEqual(before);
    expect((await auditRows(org.id)).filter((a) => a.action === 'import.businesses')).toEqual([]);
  });

  it('checks without writing when asked, and audits what it writes', async () => {
    const { org, admin } = await makeOrg();
    const check = await importRows(admin, memberList, true);
    expect(check.body).toMatchObject({ written: false, created: 3, updated: 0, problemCount: 0 });
    expect(await liveBusinesses(org.id)).toEqual([]);
    await importRows(admin, memberList);
    const audit = (await auditRows(org.id)).filter((a) => a.action === 'import.businesses');
    expect(audit).toEqual([
      {
        advisor_id: admin.id,
        action: 'import.businesses',
        target: JSON.stringify({ fileName: '会員名簿.csv', lines: 3, created: 3, updated: 0, unchanged: 0 }),
      },
    ]);
  });

  it('refuses an unknown 担当 and anyone but an admin', async () => {
    const { admin, manager, advisor } = await makeOrg();
    const res = await importRows(admin, [{ line: 2, fields: { name: 'X', assignedAdvisorId: crypto.randomUUID() } }]);
    expect(res.status).toBe(422);
    expect(res.body.problems).toHaveLength(1);
    expect(res.body.problems[0]!.line).toBe(2);
    for (const actor of [manager, advisor]) {
      expect((await actor.post('/v1/import/businesses', { fileName: 'x.csv', dryRun: true, rows: [] })).status).toBe(403);
    }
  });
});
