import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from '../../shared';
import { actionFields, businessFields, makeClient, orgState, seedKarte, storedRow } from './fixtures/mutations';
import { makeOrg } from './fixtures/org';

describe('POST /v1/sync/push: rules of step 5', () => {
  it('rejects a mutation whose kind differs from the stored record (kind_mismatch)', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const { businessId, business } = await seedKarte(client);
    const before = await orgState(org.id);
    const res = await client.push([
      { kind: 'action', recordId: businessId, baseVersion: business.version, fields: actionFields(businessId) },
    ]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'kind_mismatch' });
    expect(await orgState(org.id)).toEqual(before);
    expect((await storedRow(org.id, businessId))!.kind).toBe('business');
  });

  it('leaves tags and tag groups to managers', async () => {
    const { org, advisor, manager } = await makeOrg();
    const tag = { kind: 'tag' as const, recordId: 'topic-agri', fields: { groupId: 'grp-topic', name: '農業' } };
    const byAdvisor = await makeClient(advisor).push([tag]);
    expect(byAdvisor.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect(await storedRow(org.id, 'topic-agri')).toBeNull();

    const byManager = await makeClient(manager).push([tag, { kind: 'tagGroup', recordId: 'grp-local', fields: { name: '地域独自' } }]);
    expect(byManager.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // The new tag is usable by everyone at once.
    const { consultationId } = await seedKarte(makeClient(advisor), { tagIds: ['topic-agri', 'topic-finance'] });
    expect(JSON.parse((await storedRow(org.id, consultationId))!.data).tagIds).toEqual(['topic-agri', 'topic-finance']);
  });

  it('rejects a tag in a group that does not exist', async () => {
    const { manager } = await makeOrg();
    const res = await makeClient(manager).push([{ kind: 'tag', recordId: 'topic-x', fields: { groupId: 'grp-nowhere', name: 'X' } }]);
    expect(res.results[0]).toMatchObject({ status: 'rejected', code: 'not_found' });
  });

  it('rejects tags that were deleted, but keeps consultations that already carried them editable', async () => {
    const { manager, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const { consultationId, consultation } = await seedKarte(client, { tagIds: ['topic-tax'] });
    await makeClient(manager).push([{ kind: 'tag', recordId: 'topic-tax', baseVersion: 0, fields: { deleted: true } }]);

    const edit = await client.push([
      { kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { tagIds: ['topic-tax', 'topic-dx'] } },
    ]);
    expect(edit.results[0]!.status).toBe('applied');
    const other = await seedKarte(client);
    const add = await client.push([
      { kind: 'consultation', recordId: other.consultationId, baseVersion: other.consultation.version, fields: { tagIds: ['topic-tax'] } },
    ]);
    expect(add.results[0]).toMatchObject({ status: 'rejected', code: 'unknown_tag' });
    expect(add.results[0]!.message).toContain('topic-tax');
  });

  it('needs an existing business for consultations and actions, created earlier in the same push counts', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    const res = await client.push([
      { kind: 'action', recordId: uuidv7(), fields: actionFields(businessId) },
      { kind: 'business', recordId: businessId, fields: businessFields() },
      { kind: 'action', recordId: uuidv7(), fields: actionFields(businessId, { consultationId: uuidv7() }) },
      { kind: 'action', recordId: uuidv7(), fields: actionFields(businessId) },
    ]);
    expect(res.results.map((r) => r.code ?? r.status)).toEqual(['not_found', 'applied', 'not_found', 'applied']);
  });

  it('keeps external_ids in step with the business', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    const ids = (rows: { system: string; value: string }[]) => rows.map((r) => `${r.system}:${r.value}`).sort();
    const stored = async () =>
      ids(
        (
          await env.DB.prepare('SELECT system, value FROM external_ids WHERE org_id = ? AND business_id = ?')
            .bind(org.id, id)
            .all<{ system: string; value: string }>()
        ).results,
      );
    await client.push([
      {
        kind: 'business',
        recordId: id,
        fields: businessFields({
          externalIds: [
            { system: 'BIZミル', value: 'B-1' },
            { system: 'TOAS', value: 'T-9' },
            { system: 'TOAS', value: 'T-9' },
          ],
        }),
      },
    ]);
    expect(await stored()).toEqual(['BIZミル:B-1', 'TOAS:T-9']);
    const version = (await storedRow(org.id, id))!.version;
    await client.push([
      { kind: 'business', recordId: id, baseVersion: version, fields: { externalIds: [{ system: 'kintone', value: '42' }] } },
    ]);
    expect(await stored()).toEqual(['kintone:42']);
  });

  it('turns concurrent different edits of one text into a conflict copy the client is told about', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const b = makeClient(advisor2);
    const { consultationId, consultation } = await seedKarte(a);
    await a.push([{ kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { advice: 'Aの助言' } }]);
    const res = await b.push([
      { kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { advice: 'Bの助言', durationMin: 45 } },
    ]);

    expect(res.results[0]!.status).toBe('applied');
    const [copyId] = res.results[0]!.conflictIds!;
    expect(JSON.parse((await storedRow(org.id, consultationId))!.data)).toMatchObject({ advice: 'Aの助言', durationMin: 45 });
    const copy = (await storedRow(org.id, copyId!))!;
    expect(copy.kind).toBe('conflict');
    expect(copy.author_id).toBe(advisor2.id);
    expect(JSON.parse(copy.data)).toEqual({
      recordKind: 'consultation',
      recordId: consultationId,
      field: 'advice',
      text: 'Bの助言',
      deleted: false,
    });
  });

  it('re-sends conflict copies when their consultation becomes 機微, so others receive them redacted', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const b = makeClient(advisor2);
    const { consultationId, consultation } = await seedKarte(a);
    await a.push([{ kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { advice: '通院の話' } }]);
    const res = await b.push([
      { kind: 'consultation', recordId: consultationId, baseVersion: consultation.version, fields: { advice: '借入の話' } },
    ]);
    const copyId = res.results[0]!.conflictIds![0]!;
    const seen = await b.pullAll();
    expect(seen.byId.get(copyId)!.data.text).toBe('借入の話');

    await a.push([{ kind: 'consultation', recordId: consultationId, baseVersion: seen.cursor, fields: { sensitive: true } }]);
    const after = await b.pullAll(seen.cursor);
    expect(after.byId.get(copyId)).toMatchObject({ redacted: true, data: { text: '', field: 'advice' } });
    expect((await a.pullAll(seen.cursor)).byId.get(copyId)).toMatchObject({ redacted: false, data: { text: '借入の話' } });

    // The copy follows its consultation's rule: only the author (or a manager) may resolve it now.
    const resolve = { kind: 'conflict' as const, recordId: copyId, baseVersion: after.cursor, fields: { deleted: true } };
    expect((await b.push([resolve])).results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });
    expect((await a.push([resolve])).results[0]!.status).toBe('applied');
  });
});
