import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { exportDocument, RESTORE_PART_RECORDS, uuidv7, type ExportDocument } from '../../shared';
import { actionFields, businessFields, consultationFields, expectError, makeClient } from './fixtures/mutations';
import { integrationKeyInsert } from '../../server/src/db/integration-keys';
import { actorFetch, makeOrg, type Actor } from './fixtures/org';
import { auditRows } from './fixtures/records';

/** GET /v1/export as `actor`: 200, a document of the shared format. */
async function exportAs(actor: Actor, query: string): Promise<{ doc: ExportDocument; text: string; res: Response }> {
  const res = await actor.get(`/v1/export?${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return { doc: exportDocument.parse(JSON.parse(text)), text, res };
}

/**
 * An organisation where advisor A wrote a 機微 consultation (marker SECRET-A) and an ordinary
 * one, B is 担当 of a business A consulted, B attended A's third consultation, and the manager
 * wrote one of a business nobody else touched.
 */
async function world() {
  const o = await makeOrg();
  const [a, b, m] = [makeClient(o.advisor), makeClient(o.advisor2), makeClient(o.manager)];
  const ids = {
    bizA: uuidv7(),
    bizB: uuidv7(),
    bizM: uuidv7(),
    secret: uuidv7(),
    plain: uuidv7(),
    attended: uuidv7(),
    managers: uuidv7(),
    secretAction: uuidv7(),
    managerAction: uuidv7(),
  };
  await a.push([
    { kind: 'business', recordId: ids.bizA, fields: businessFields({ name: '株式会社A' }) },
    { kind: 'business', recordId: ids.bizB, fields: businessFields({ name: '有限会社B', assignedAdvisorId: o.advisor2.id }) },
    {
      kind: 'consultation',
      recordId: ids.secret,
      fields: consultationFields(ids.bizB, {
        sensitive: true,
        inquiry: 'SECRET-A 借入の相談',
        ownerWords: 'SECRET-A 家族のこと',
        tagIds: ['topic-finance'],
      }),
    },
    {
      kind: 'action',
      recordId: ids.secretAction,
      fields: actionFields(ids.bizB, { consultationId: ids.secret, text: 'SECRET-A 返済計画' }),
    },
    { kind: 'consultation', recordId: ids.plain, fields: consultationFields(ids.bizA, { inquiry: '販路の相談' }) },
    {
      kind: 'consultation',
      recordId: ids.attended,
      fields: consultationFields(ids.bizA, { inquiry: '同席の相談', advisorIds: [o.advisor2.id] }),
    },
  ]);
  await m.push([
    { kind: 'business', recordId: ids.bizM, fields: businessFields({ name: '合同会社M' }) },
    { kind: 'consultation', recordId: ids.managers, fields: consultationFields(ids.bizM, { inquiry: '管理職の相談' }) },
    { kind: 'action', recordId: ids.managerAction, fields: actionFields(ids.bizM, { text: '管理職の行動' }) },
  ]);
  await b.push([{ kind: 'business', recordId: ids.bizB, baseVersion: 1, fields: { municipality: '金沢市' } }]);
  return { ...o, clients: { a, b, m }, ids };
}

const idsOf = (doc: ExportDocument, kind?: string) =>
  doc.records
    .filter((r) => !kind || r.kind === kind)
    .map((r) => r.id)
    .sort();

describe('GET /v1/export', () => {
  it('gives an admin every record of the organisation exactly as the sync protocol carries it', async () => {
    const w = await world();
    const { doc, res } = await exportAs(w.admin, 'scope=organisation&sensitive=1');
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const pulled = await makeClient(w.admin).pullAll();
    // Round trip: the same envelopes, in version order, as an admin's full pull (an admin may read every 機微 text).
    expect(doc.records).toEqual(pulled.all);
    expect(doc.records.map((r) => r.version)).toEqual([...doc.records.map((r) => r.version)].sort((x, y) => x - y));
    expect(doc).toMatchObject({
      format: 'banso-karte-export',
      formatVersion: 1,
      scope: 'organisation',
      sensitive: true,
      organisation: { id: w.org.id, name: w.org.name },
      exportedBy: { id: w.admin.id, role: 'admin' },
    });
    expect(doc.advisors.map((a) => a.id).sort()).toEqual([w.advisor.id, w.advisor2.id, w.manager.id, w.admin.id].sort());
    expect(doc.records.find((r) => r.id === w.ids.secret)).toMatchObject({ redacted: false, data: { inquiry: 'SECRET-A 借入の相談' } });
  });

  it('carries deleted records with their deleted flag', async () => {
    const w = await world();
    await w.clients.m.push([{ kind: 'action', recordId: w.ids.managerAction, baseVersion: 8, fields: { deleted: true } }]);
    const { doc } = await exportAs(w.admin, 'scope=organisation');
    expect(doc.records.find((r) => r.id === w.ids.managerAction)).toMatchObject({ data: { deleted: true, text: '管理職の行動' } });
  });

  it('leaves 機微 text out unless it is asked for, even for an admin who may read it', async () => {
    const w = await world();
    const { doc, text } = await exportAs(w.admin, 'scope=organisation');
    expect(doc.sensitive).toBe(false);
    expect(text).not.toContain('SECRET-A');
    expect(doc.records.find((r) => r.id === w.ids.secret)).toMatchObject({
      redacted: true,
      data: { inquiry: '', ownerWords: '', tagIds: [], sensitive: true },
    });
    expect(doc.records.find((r) => r.id === w.ids.secretAction)).toMatchObject({ redacted: true, data: { text: '' } });
    // Everything else is whole.
    expect(doc.records.find((r) => r.id === w.ids.plain)).toMatchObject({ redacted: false, data: { inquiry: '販路の相談' } });
  });

  it('gives an advisor their own work: what they wrote or attended and the businesses they are 担当 of', async () => {
    const w = await world();
    const a = (await exportAs(w.advisor, 'scope=own&sensitive=1')).doc;
    expect(a.scope).toBe('own');
    expect(idsOf(a, 'consultation')).toEqual([w.ids.secret, w.ids.plain, w.ids.attended].sort());
    // bizB: A consulted it (B is its 担当); bizM: nobody's but the manager's.
    expect(idsOf(a, 'business')).toEqual([w.ids.bizA, w.ids.bizB].sort());
    expect(idsOf(a, 'action')).toEqual([w.ids.secretAction]);
    expect(a.records.some((r) => r.kind === 'tag')).toBe(true);
    expect(a.records.find((r) => r.id === w.ids.secret)).toMatchObject({ redacted: false, data: { ownerWords: 'SECRET-A 家族のこと' } });

    const b = await exportAs(w.advisor2, 'scope=own&sensitive=1');
    // B attended one; the 機微 one is of a business B is 担当 of, so it goes, but emptied: B may not read it.
    expect(idsOf(b.doc, 'consultation')).toEqual([w.ids.secret, w.ids.attended].sort());
    expect(idsOf(b.doc, 'business')).toEqual([w.ids.bizA, w.ids.bizB].sort());
    expect(b.text).not.toContain('SECRET-A');
    expect(b.doc.records.find((r) => r.id === w.ids.secret)).toMatchObject({ redacted: true, data: { inquiry: '' } });
    expect(b.doc.records.find((r) => r.id === w.ids.secretAction)).toMatchObject({ redacted: true, data: { text: '' } });
    expect(b.text).not.toContain('管理職の');
  });

  it('lets an advisor leave their own 機微 text out too', async () => {
    const w = await world();
    const { text, doc } = await exportAs(w.advisor, 'scope=own&sensitive=0');
    expect(text).not.toContain('SECRET-A');
    expect(doc.records.find((r) => r.id === w.ids.secret)!.redacted).toBe(true);
  });

  it('refuses the whole organisation to anyone but an admin, and audits nothing', async () => {
    const w = await world();
    for (const actor of [w.advisor, w.manager]) await expectError(await actor.get('/v1/export?scope=organisation'), 403, 'forbidden');
    expect((await auditRows(w.org.id)).filter((r) => r.action.startsWith('export.'))).toEqual([]);
  });

  it.each([
    ['no scope', ''],
    ['an unknown scope', 'scope=all'],
    ['sensitive other than 0 or 1', 'scope=own&sensitive=true'],
    ['an unknown parameter', 'scope=own&format=csv'],
  ])('answers 400 for %s and audits nothing', async (_, query) => {
    const w = await world();
    await expectError(await w.admin.get(`/v1/export?${query}`), 400, 'validation_failed');
    expect((await auditRows(w.org.id)).filter((r) => r.action.startsWith('export.'))).toEqual([]);
  });

  it('audits every export with its scope and whether 機微 was included', async () => {
    const w = await world();
    await exportAs(w.admin, 'scope=organisation&sensitive=1');
    await exportAs(w.advisor, 'scope=own');
    const rows = (await auditRows(w.org.id)).filter((r) => r.action.startsWith('export.'));
    expect(rows).toEqual([
      { advisor_id: w.admin.id, action: 'export.organisation', target: JSON.stringify({ scope: 'organisation', sensitive: true }) },
      { advisor_id: w.advisor.id, action: 'export.own', target: JSON.stringify({ scope: 'own', sensitive: false }) },
    ]);
  });

  it('reads across many pages without losing or repeating a record', async () => {
    const o = await makeOrg();
    const client = makeClient(o.advisor);
    const businessId = uuidv7();
    const consultations = Array.from({ length: 1_210 }, () => uuidv7());
    await client.push([{ kind: 'business', recordId: businessId, fields: businessFields() }]);
    for (let i = 0; i < consultations.length; i += 100) {
      await client.push(
        consultations.slice(i, i + 100).map((id) => ({ kind: 'consultation', recordId: id, fields: consultationFields(businessId) })),
      );
    }
    const { doc } = await exportAs(o.admin, 'scope=organisation');
    expect(idsOf(doc, 'consultation')).toEqual([...consultations].sort());
    expect(new Set(doc.records.map((r) => r.id)).size).toBe(doc.records.length);
  }, 60_000);
});

describe('integration keys', () => {
  it('neither a read key nor an import key can export or read the audit log', async () => {
    const w = await world();
    for (const scope of ['read', 'import'] as const) {
      const created = await integrationKeyInsert(env.DB, { orgId: w.org.id, label: `連携-${scope}`, scope, createdBy: w.admin.id });
      await created.statement.run();
      for (const path of ['/v1/export?scope=organisation&sensitive=1', '/v1/export?scope=own', '/v1/admin/audit']) {
        await expectError(await actorFetch(created.key, 'GET', path), 403, 'forbidden');
      }
    }
    expect((await auditRows(w.org.id)).filter((r) => r.action.startsWith('export.'))).toEqual([]);
  });
});

describe('export → restore → export', () => {
  /** Records as a person compares them: people by name wherever their id appears (the same deployment gives restored people new ids). */
  const comparable = (doc: ExportDocument) => {
    const names = new Map(doc.advisors.map((a) => [a.id, a.name]));
    const named = (text: string) => [...names].reduce((t, [id, name]) => t.replaceAll(id, `〈${name}〉`), text);
    return doc.records
      .filter((r) => r.kind !== 'tag' && r.kind !== 'tagGroup')
      .map(
        (r) =>
          JSON.parse(named(JSON.stringify({ kind: r.kind, id: r.id, author: r.authorId, redacted: r.redacted, data: r.data }))) as unknown,
      )
      .sort((a, b) => ((a as { id: string }).id < (b as { id: string }).id ? -1 : 1));
  };

  it('gives back the same records in an empty organisation', async () => {
    const w = await world();
    const exported = (await exportAs(w.admin, 'scope=organisation&sensitive=1')).doc;
    const target = await makeOrg();
    const records = exported.records;
    const parts = Array.from({ length: Math.ceil(records.length / RESTORE_PART_RECORDS) }, (_, i) =>
      records.slice(i * RESTORE_PART_RECORDS, (i + 1) * RESTORE_PART_RECORDS),
    );
    for (const [index, part] of parts.entries()) {
      const res = await target.admin.post('/v1/import/restore', {
        source: { organisationId: exported.organisation.id, exportedAt: exported.exportedAt },
        part: { index, last: index === parts.length - 1 },
        advisors: index === 0 ? exported.advisors : [],
        records: part,
      });
      expect(res.status, await res.clone().text()).toBe(200);
    }
    const restored = (await exportAs(target.admin, 'scope=organisation&sensitive=1')).doc;
    expect(comparable(restored)).toEqual(comparable(exported));
  });
});
