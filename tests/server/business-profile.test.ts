import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PROFILE_FIELDS, uuidv7 } from '../../shared';
import { businessFields, expectError, makeClient } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';
import { putRecord } from './fixtures/records';

/**
 * The business profile (issue 12, protocol 3): 業種 by 中分類, 被災 and 事業承継. The server
 * validates them with the shared schemas only; clients of protocols 1 and 2 never receive them.
 */

const PROFILE = {
  industry: 'E',
  industryMiddle: '75',
  employees: 12,
  smallBusiness: true,
  disasterName: '令和6年能登半島地震',
  disasterDamage: '客室の壁が崩れた',
  disasterCertificate: 'issued',
  disasterCertificateDate: '2024-02-10',
  disasterRecovery: 'rebuilding',
  disasterRecoveryNote: 'なりわい再建補助金を申請中',
  successor: 'family',
  successionTiming: '3年以内',
  successionReferral: 'referred',
  successionReferredOn: '2026-05-01',
} as const;

type Page = { changes: { id: string; data: Record<string, unknown> }[] };
const pullAs = async (actor: Actor, protocol: number) =>
  (await (await actor.get(`/v1/sync/pull?protocol=${protocol}&clientId=${crypto.randomUUID()}&cursor=0&limit=1000`)).json()) as Page;

describe('the business profile over sync', () => {
  it('reaches clients of protocol 3, and never those of protocol 1 or 2', async () => {
    const { advisor } = await makeOrg();
    const id = uuidv7();
    await makeClient(advisor).push([{ kind: 'business', recordId: id, fields: businessFields({ name: '能登の宿', ...PROFILE }) }]);

    const v3 = (await pullAs(advisor, 3)).changes.find((e) => e.id === id)!.data;
    // The 大分類 follows the 中分類: 75 宿泊業 is M, whatever the client said.
    expect(v3).toMatchObject({ ...PROFILE, industry: 'M' });
    for (const protocol of [1, 2]) {
      const old = (await pullAs(advisor, protocol)).changes.find((e) => e.id === id)!.data;
      for (const field of PROFILE_FIELDS) expect(old, `protocol ${protocol}: ${field}`).not.toHaveProperty(field);
      expect(old).toMatchObject({ name: '能登の宿', industry: 'M', employees: 12, smallBusiness: true });
    }
  });

  it('keeps the profile when a client of protocol 2 edits the business', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const id = uuidv7();
    await makeClient(advisor).push([{ kind: 'business', recordId: id, fields: businessFields({ name: '能登の宿', ...PROFILE }) }]);
    const old = makeClient(advisor2);
    const res = await old.rawPush({
      protocol: 2,
      clientId: old.clientId,
      mutations: [{ id: 1, kind: 'business', recordId: id, baseVersion: 0, fields: { employees: 14 } }],
    });
    expect(res.status).toBe(200);
    expect((await pullAs(advisor, 3)).changes.find((e) => e.id === id)!.data).toMatchObject({ ...PROFILE, industry: 'M', employees: 14 });
  });

  it('edits a business stored before protocol 3, which reads with the new fields empty', async () => {
    const { org, advisor } = await makeOrg();
    const id = await putRecord(org.id, 'business', { name: '古い記録の商店', industry: 'I' });
    const missing = PROFILE_FIELDS.map((f) => `'$.${f}'`).join(', ');
    await env.DB.prepare(`UPDATE records SET data = json_remove(data, ${missing}) WHERE id = ?`).bind(id).run();

    const res = await makeClient(advisor).push([
      { kind: 'business', recordId: id, baseVersion: 0, fields: { industryMiddle: '58', disasterName: '令和4年8月豪雨' } },
    ]);
    expect(res.results[0]).toMatchObject({ status: 'applied' });
    expect((await pullAs(advisor, 3)).changes.find((e) => e.id === id)!.data).toMatchObject({
      name: '古い記録の商店',
      industry: 'I',
      industryMiddle: '58',
      disasterName: '令和4年8月豪雨',
      disasterDamage: '',
      successor: null,
    });
  });

  it('refuses a 中分類 that does not exist, and values the profile does not know, with a Japanese message', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    for (const [fields, message] of [
      [{ industryMiddle: '00' }, '業種（日本標準産業分類 中分類）は2桁のコード（01〜99）で指定してください'],
      [{ industryMiddle: 'M' }, '業種（日本標準産業分類 中分類）は2桁のコード（01〜99）で指定してください'],
      [{ disasterCertificate: 'lost' }, '罹災証明の値が正しくありません（not_applied / applied / issued）'],
      [{ disasterRecovery: 'fine' }, '再建の状況の値が正しくありません（operating / rebuilding / rebuilt / suspended / closed）'],
      [{ successionReferredOn: '来年' }, '事業承継・引継ぎ支援センターへの紹介日は日付（例: 2026-04-01）で指定してください'],
      [{ disasterName: '災'.repeat(101) }, '災害名は100文字以内で入力してください'],
    ] as const) {
      const body = await expectError(
        await client.rawPush(
          client.body([{ id: 1, kind: 'business', recordId: uuidv7(), baseVersion: 0, fields: businessFields(fields) }]),
        ),
        400,
        'validation_failed',
      );
      expect(
        body.error.details?.map((d) => d.message),
        JSON.stringify(fields),
      ).toContain(message);
      expect(body.error.message).toMatch(/[ぁ-んァ-ン一-龥]/);
    }
  });
});
