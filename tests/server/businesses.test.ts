import { describe, expect, it } from 'vitest';
import { errorBody, karteResponse, recordPage, uuidv7, type RecordEnvelope } from '../../shared';
import { makeClient } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';
import { putBusiness, putRecord } from './fixtures/records';

const names = (items: RecordEnvelope[]) => items.map((i) => i.data.name);

async function search(actor: Actor, query: string) {
  const res = await actor.get(`/v1/businesses?${query}`);
  expect(res.status).toBe(200);
  return recordPage.parse(await res.json());
}

describe('GET /v1/businesses search', () => {
  it('matches names and kana whatever the width or kana script the user types', async () => {
    const { org, advisor } = await makeOrg();
    await putBusiness(org.id, { name: 'ｶﾌｪ山田', nameKana: 'かふぇやまだ' });
    await putBusiness(org.id, { name: 'ＡＢＣ商事' });
    await putBusiness(org.id, { name: '鈴木工務店' });
    expect(names((await search(advisor, `q=${encodeURIComponent('カフェ')}`)).items)).toEqual(['ｶﾌｪ山田']);
    expect(names((await search(advisor, `q=${encodeURIComponent('やまだ')}`)).items)).toEqual(['ｶﾌｪ山田']);
    expect(names((await search(advisor, `q=${encodeURIComponent('abc')}`)).items)).toEqual(['ＡＢＣ商事']);
    expect(names((await search(advisor, `q=${encodeURIComponent('山田　かふぇ')}`)).items)).toEqual(['ｶﾌｪ山田']);
    expect((await search(advisor, `q=${encodeURIComponent('山田 鈴木')}`)).items).toEqual([]);
  });

  it('treats % and _ as ordinary characters, not wildcards', async () => {
    const { org, advisor } = await makeOrg();
    await putBusiness(org.id, { name: '100%果汁ジュース店' });
    await putBusiness(org.id, { name: '100円ショップ' });
    await putBusiness(org.id, { name: 'A_B商店' });
    await putBusiness(org.id, { name: 'AXB商店' });
    expect(names((await search(advisor, `q=${encodeURIComponent('100%')}`)).items)).toEqual(['100%果汁ジュース店']);
    expect(names((await search(advisor, `q=${encodeURIComponent('a_b')}`)).items)).toEqual(['A_B商店']);
  });

  it('finds by 法人番号 and by an id in another system, and leaves deleted businesses out', async () => {
    const { org, advisor } = await makeOrg();
    await putBusiness(org.id, { name: '国税商事', corporateNumber: '7000012050002' });
    await putBusiness(org.id, { name: 'BIZミル登録先', externalIds: [{ system: 'BIZミル', value: 'B-0042' }] });
    await putBusiness(org.id, { name: 'TOAS登録先', externalIds: [{ system: 'TOAS', value: 'B-0042' }] });
    await putBusiness(org.id, { name: '削除済み商事', corporateNumber: '5010401067252', deleted: true });
    expect(names((await search(advisor, 'corporateNumber=7000012050002')).items)).toEqual(['国税商事']);
    expect((await search(advisor, 'corporateNumber=5010401067252')).items).toEqual([]);
    const both = await search(advisor, `externalId=B-0042`);
    expect(names(both.items).sort()).toEqual(['BIZミル登録先', 'TOAS登録先']);
    const one = await search(advisor, `externalSystem=${encodeURIComponent('BIZミル')}&externalId=B-0042`);
    expect(names(one.items)).toEqual(['BIZミル登録先']);
    expect(names((await search(advisor, 'limit=200')).items).sort()).toEqual(['BIZミル登録先', 'TOAS登録先', '国税商事']);
  });

  it('pages by keyset: a business added between pages neither repeats nor shifts earlier results', async () => {
    const { org, advisor } = await makeOrg();
    for (const kana of ['イ', 'ウ', 'エ', 'オ', 'カ']) await putBusiness(org.id, { name: `${kana}商店`, nameKana: kana });
    const first = await search(advisor, 'limit=2');
    expect(names(first.items)).toEqual(['イ商店', 'ウ商店']);
    expect(first.nextCursor).toEqual(expect.any(String));
    await putBusiness(org.id, { name: 'ア商店', nameKana: 'ア' });
    const second = await search(advisor, `limit=2&cursor=${first.nextCursor}`);
    expect(names(second.items)).toEqual(['エ商店', 'オ商店']);
    const third = await search(advisor, `limit=2&cursor=${second.nextCursor}`);
    expect(names(third.items)).toEqual(['カ商店']);
    expect(third.nextCursor).toBeNull();
  });

  it('never returns another organisation’s businesses', async () => {
    const { advisor } = await makeOrg();
    const other = await makeOrg();
    await putBusiness(other.org.id, {
      name: '他組織の事業者',
      corporateNumber: '1180301018771',
      externalIds: [{ system: 'TOAS', value: 'X1' }],
    });
    expect((await search(advisor, `q=${encodeURIComponent('他組織')}`)).items).toEqual([]);
    expect((await search(advisor, 'corporateNumber=1180301018771')).items).toEqual([]);
    expect((await search(advisor, 'externalId=X1')).items).toEqual([]);
    expect((await search(advisor, '')).items).toEqual([]);
  });

  it.each([
    ['a 法人番号 that is not 13 digits', 'corporateNumber=12345', 'corporateNumber'],
    ['a limit of 0', 'limit=0', 'limit'],
    ['a limit above 200', 'limit=201', 'limit'],
    ['a non-numeric limit', 'limit=ten', 'limit'],
    ['an unknown parameter', 'name=x', ''],
    ['a forged cursor', 'cursor=eyJ4Ijox', 'cursor'],
  ])('answers 400 for %s', async (_label, query, path) => {
    const { advisor } = await makeOrg();
    const res = await advisor.get(`/v1/businesses?${query}`);
    expect(res.status).toBe(400);
    const { error } = errorBody.parse(await res.json());
    expect(error.code).toBe('validation_failed');
    expect(error.details?.map((d) => d.path)).toContain(path);
  });

  it('returns full record envelopes with version and author', async () => {
    const { org, advisor } = await makeOrg();
    const id = await putRecord(org.id, 'business', { name: '封筒商店', municipality: '金沢市' }, { authorId: advisor.id });
    const [item] = (await search(advisor, `q=${encodeURIComponent('封筒')}`)).items;
    expect(item).toMatchObject({
      kind: 'business',
      id,
      authorId: advisor.id,
      redacted: false,
      data: { name: '封筒商店', municipality: '金沢市', status: 'consulting' },
    });
    expect(item!.version).toBeGreaterThan(0);
  });

  it('finds what the extension pushed through sync, with its karte', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = uuidv7();
    const consultationId = uuidv7();
    await client.push([
      {
        kind: 'business',
        recordId: businessId,
        fields: { name: '株式会社かわせみ製作所', nameKana: 'かわせみせいさくしょ', externalIds: [{ system: 'kintone', value: '77' }] },
      },
      {
        kind: 'consultation',
        recordId: consultationId,
        fields: { businessId, heldAt: '2026-04-01T09:30:00Z', channel: 'visit', inquiry: '資金繰り' },
      },
    ]);
    expect((await search(advisor, `q=${encodeURIComponent('カワセミ')}`)).items.map((i) => i.id)).toEqual([businessId]);
    expect((await search(advisor, 'externalSystem=kintone&externalId=77')).items.map((i) => i.id)).toEqual([businessId]);
    const karte = karteResponse.parse(await (await advisor.get(`/v1/businesses/${businessId}`)).json());
    expect(karte.consultations.map((c) => c.id)).toEqual([consultationId]);
  });
});
