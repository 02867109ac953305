import { describe, expect, it } from 'vitest';
import { pullResponse, uuidv7, type RecordEnvelope, type RecordKind } from '../../shared';
import { businessFields, consultationFields, expectError, makeClient, orgState, storedRow, type Client } from './fixtures/mutations';
import { makeOrg, type Actor } from './fixtures/org';

/**
 * The support records of issue 13 (protocol 4): 補助金・融資 applications, 専門家派遣, yearly
 * figures, 需要開拓 events and 特定創業支援 founders, synced like every record and validated by
 * the shared schemas; never sent to a client of protocol 3 or older.
 */

const application = (businessId: string, over: Record<string, unknown> = {}) => ({
  businessId,
  measure: 'jizokuka',
  round: '第17回',
  appliedOn: '2026-05-20',
  requestedAmount: 500_000,
  ...over,
});
const dispatch = (businessId: string, over: Record<string, unknown> = {}) => ({
  businessId,
  scheme: 'mirasapo',
  paidBy: 'national',
  expertName: '中小企業診断士 山田太郎',
  theme: 'ECサイトの立ち上げ',
  visits: [
    { date: '2026-06-01', hours: 2, note: '現状の売り方を聞き取り' },
    { date: '2026-06-15', hours: 1.5, note: '' },
  ],
  fee: 34_000,
  report: '商品写真の撮り直しから始める',
  ...over,
});
const figures = (businessId: string, fiscalPeriod: string, over: Record<string, unknown> = {}) => ({
  businessId,
  fiscalPeriod,
  sales: 48_000_000,
  grossProfit: 19_500_000,
  operatingProfit: -1_200_000,
  employees: 4,
  ...over,
});
const demandEvent = (businessId: string, over: Record<string, unknown> = {}) => ({
  businessId,
  eventKind: 'business_meeting',
  name: '北陸ビジネス商談会',
  heldOn: '2026-07-10',
  meetings: 6,
  deals: 2,
  dealAmount: 1_800_000,
  ...over,
});
const founder = (businessId: string | null, over: Record<string, unknown> = {}) => ({
  businessId,
  name: '能登 花子',
  nameKana: 'ノト ハナコ',
  plannedBusiness: '古民家カフェ',
  plannedStart: '2026年秋',
  registrationPlannedOn: '2026-10-01',
  municipality: '七尾市',
  certificateNumber: '七尾創第12号',
  certificateIssuedOn: '2026-08-20',
  ...over,
});

async function pullAs(actor: Actor, protocol: number) {
  const res = await actor.get(`/v1/sync/pull?protocol=${protocol}&clientId=${crypto.randomUUID()}&cursor=0&limit=1000`);
  expect(res.status, await res.clone().text()).toBe(200);
  return pullResponse.parse(await res.json());
}

async function newBusiness(client: Client, name = '株式会社かわせみ製作所') {
  const id = uuidv7();
  await client.push([{ kind: 'business', recordId: id, fields: businessFields({ name }) }]);
  return id;
}

/** One record of each new kind for `businessId`; returns their ids by kind. */
async function oneOfEach(client: Client, businessId: string) {
  const ids = { application: uuidv7(), expertDispatch: uuidv7(), yearlyFigures: uuidv7(), demandEvent: uuidv7(), founder: uuidv7() };
  const res = await client.push([
    { kind: 'application', recordId: ids.application, fields: application(businessId) },
    { kind: 'expertDispatch', recordId: ids.expertDispatch, fields: dispatch(businessId) },
    { kind: 'yearlyFigures', recordId: ids.yearlyFigures, fields: figures(businessId, '2026-03') },
    { kind: 'demandEvent', recordId: ids.demandEvent, fields: demandEvent(businessId) },
    { kind: 'founder', recordId: ids.founder, fields: founder(businessId) },
  ]);
  expect(
    res.results.map((r) => r.status),
    JSON.stringify(res.results),
  ).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
  return ids;
}

describe('support records over sync', () => {
  it('push and pull each kind with its defaults, and project the business and the date reports count by', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const ids = await oneOfEach(client, businessId);

    const { byId } = await makeClient(advisor2).pullAll();
    expect(byId.get(ids.application)!.data).toEqual({
      ...application(businessId),
      measureName: '',
      result: 'pending',
      adoptedAmount: null,
      grantDecidedOn: null,
      reportedOn: null,
      advisorId: null,
      recommended: false,
      recommendedOn: null,
      deleted: false,
    });
    expect(byId.get(ids.expertDispatch)!.data).toEqual({ ...dispatch(businessId), schemeName: '', consultationId: null, deleted: false });
    expect(byId.get(ids.yearlyFigures)!.data).toEqual({ ...figures(businessId, '2026-03'), deleted: false });
    expect(byId.get(ids.demandEvent)!.data).toEqual({ ...demandEvent(businessId), deleted: false });
    expect(byId.get(ids.founder)!.data).toEqual({ ...founder(businessId), foundedOn: null, deleted: false });
    expect(byId.get(ids.founder)!.authorId).toBe(advisor.id);

    const row = async (id: string) => (await storedRow(org.id, id)) as unknown as { business_id: string | null; sort_key: string };
    expect(await row(ids.application)).toMatchObject({ business_id: businessId, sort_key: '2026-05-20' });
    expect(await row(ids.expertDispatch)).toMatchObject({ business_id: businessId, sort_key: '2026-06-01' });
    expect(await row(ids.yearlyFigures)).toMatchObject({ business_id: businessId, sort_key: '2026-03' });
    expect(await row(ids.demandEvent)).toMatchObject({ business_id: businessId, sort_key: '2026-07-10' });
    expect(await row(ids.founder)).toMatchObject({ business_id: businessId });
  });

  it('edits field by field, and deletes and restores as a tombstone', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const ids = await oneOfEach(client, businessId);
    const res = await client.push([
      {
        kind: 'application',
        recordId: ids.application,
        fields: { result: 'adopted', adoptedAmount: 500_000, grantDecidedOn: '2026-08-01', advisorId: advisor.id },
      },
      { kind: 'demandEvent', recordId: ids.demandEvent, fields: { deleted: true } },
      { kind: 'founder', recordId: ids.founder, fields: { foundedOn: '2026-10-01' } },
    ]);
    expect(res.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    let { byId } = await client.pullAll();
    expect(byId.get(ids.application)!.data).toMatchObject({
      result: 'adopted',
      adoptedAmount: 500_000,
      grantDecidedOn: '2026-08-01',
      advisorId: advisor.id,
      round: '第17回',
    });
    expect(byId.get(ids.demandEvent)!.data).toMatchObject({ deleted: true, name: '北陸ビジネス商談会' });
    await client.push([{ kind: 'demandEvent', recordId: ids.demandEvent, fields: { deleted: false } }]);
    ({ byId } = await client.pullAll());
    expect(byId.get(ids.demandEvent)!.data).toMatchObject({ deleted: false, deals: 2 });
    expect(byId.get(ids.founder)!.data).toMatchObject({ foundedOn: '2026-10-01', certificateNumber: '七尾創第12号' });
  });

  it('keeps a founder recorded before any karte (no business)', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const id = uuidv7();
    const res = await client.push([{ kind: 'founder', recordId: id, fields: founder(null) }]);
    expect(res.results[0]).toMatchObject({ status: 'applied' });
    expect((await client.pullAll()).byId.get(id)!.data).toMatchObject({ businessId: null, name: '能登 花子' });
  });

  it('files records under a deleted business as its consultations are (the tombstone still exists)', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    await client.push([{ kind: 'business', recordId: businessId, fields: { deleted: true } }]);
    const ids = await oneOfEach(client, businessId);
    const { byId } = await client.pullAll();
    for (const id of Object.values(ids)) expect(byId.get(id)!.data.businessId).toBe(businessId);
  });
});

describe('validation', () => {
  it('refuses malformed values with Japanese messages, and writes nothing', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const before = await orgState(org.id);
    const cases: [RecordKind, Record<string, unknown>, string][] = [
      ['application', application(businessId, { measure: 'jizoku' }), '施策の値が正しくありません'],
      ['application', application(businessId, { requestedAmount: -1 }), '申請額（円）は0以上で入力してください'],
      ['application', application(businessId, { requestedAmount: 1.5 }), '申請額（円）は整数で入力してください'],
      ['application', application(businessId, { requestedAmount: 20_000_000_000 }), '申請額（円）は10,000,000,000以下で入力してください'],
      ['application', application(businessId, { appliedOn: '2026/05/20' }), '申請日は日付（例: 2026-04-01）で指定してください'],
      ['expertDispatch', dispatch(businessId, { paidBy: 'city' }), '専門家の費用負担の値が正しくありません'],
      [
        'expertDispatch',
        dispatch(businessId, { visits: Array.from({ length: 31 }, () => ({ date: '2026-06-01', hours: null, note: '' })) }),
        '訪問は1件の派遣につき30回までです',
      ],
      [
        'expertDispatch',
        dispatch(businessId, { visits: [{ date: '2026-06-01', hours: 1.1, note: '' }] }),
        '訪問の時間は0.25時間（15分）単位で入力してください',
      ],
      ['expertDispatch', dispatch(businessId, { expertName: '  ' }), '専門家名を入力してください'],
      ['yearlyFigures', figures(businessId, '2026-13'), '決算期は決算月を「年-月」で指定してください（例: 2026-03 は2026年3月期）'],
      ['yearlyFigures', figures(businessId, '2026-03', { sales: -5 }), '売上高（円）は0以上で入力してください'],
      ['demandEvent', demandEvent(businessId, { eventKind: 'fair' }), '需要開拓の種類の値が正しくありません'],
      ['demandEvent', demandEvent(businessId, { meetings: '6' }), '商談件数は数値で入力してください'],
      [
        'founder',
        founder(businessId, { certificateIssuedOn: '令和8年8月20日' }),
        '証明書の発行日は日付（例: 2026-04-01）で指定してください',
      ],
    ];
    for (const [kind, fields, message] of cases) {
      const body = await expectError(
        await client.rawPush(client.body([{ id: 2, kind, recordId: uuidv7(), baseVersion: 0, fields }])),
        400,
        'validation_failed',
      );
      expect(body.error.details?.map((d) => d.message).join('\n'), JSON.stringify(fields)).toContain(message);
    }
    expect(await orgState(org.id)).toEqual(before);
  });

  it('rejects a record whose fields do not go together, with a Japanese message, and keeps nothing of it', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const cases: [RecordKind, Record<string, unknown>, string][] = [
      ['application', application(businessId, { measure: 'other' }), '施策が「その他」のときは施策名を入力してください'],
      ['application', application(businessId, { adoptedAmount: 400_000 }), '採択額は、結果が「採択」のときだけ記録できます'],
      ['application', application(businessId, { recommended: true }), '推薦と推薦日は、マル経融資の申請だけに記録できます'],
      ['application', application(businessId, { advisorId: uuidv7() }), '支援した指導員に選んだ人は、この組織の有効な支援者ではありません'],
      ['application', application(uuidv7()), 'が見つかりません。先に事業者を登録してください'],
      ['expertDispatch', dispatch(businessId, { scheme: 'other' }), '派遣の事業が「その他」のときは事業名を入力してください'],
      ['expertDispatch', dispatch(businessId, { consultationId: uuidv7() }), 'が見つかりません'],
      ['yearlyFigures', { businessId, fiscalPeriod: '2026-03' }, '売上高・売上総利益・営業利益・従業員数のいずれかを入力してください'],
      ['yearlyFigures', figures(businessId, '2026-03', { grossProfit: 50_000_000 }), '売上総利益が売上高を上回っています'],
      ['yearlyFigures', figures(businessId, '2026-03', { operatingProfit: 20_000_000 }), '営業利益が売上総利益を上回っています'],
      ['demandEvent', demandEvent(businessId, { deals: 7 }), '成約件数が商談件数を上回っています'],
    ];
    const before = await orgState(org.id);
    for (const [kind, fields, message] of cases) {
      const id = uuidv7();
      const res = await client.push([{ kind, recordId: id, fields }]);
      expect(res.results[0], JSON.stringify(fields)).toMatchObject({ status: 'rejected' });
      expect(res.results[0]!.message).toContain(message);
      expect(await storedRow(org.id, id)).toBeNull();
    }
    expect((await orgState(org.id)).records).toBe(before.records);
  });

  it('accepts a マル経融資 with its 推薦, and a loss as a negative 営業利益', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const res = await client.push([
      {
        kind: 'application',
        recordId: uuidv7(),
        fields: application(businessId, {
          measure: 'marukei',
          round: '',
          recommended: true,
          recommendedOn: '2026-05-10',
          requestedAmount: 10_000_000,
        }),
      },
      {
        kind: 'yearlyFigures',
        recordId: uuidv7(),
        fields: figures(businessId, '2025-03', { grossProfit: -300_000, operatingProfit: -2_000_000 }),
      },
    ]);
    expect(
      res.results.map((r) => r.status),
      JSON.stringify(res.results),
    ).toEqual(['applied', 'applied']);
  });
});

describe('yearly figures: one per business and 決算期', () => {
  it('refuses a second for the same 決算期 in Japanese, on push, restore and a change of 決算期; other businesses and periods are free', async () => {
    const { org, advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const b = makeClient(advisor2);
    const businessId = await newBusiness(a);
    const otherBusiness = await newBusiness(a, '山田商店');
    const first = uuidv7();
    await a.push([{ kind: 'yearlyFigures', recordId: first, fields: figures(businessId, '2025-03') }]);

    // Another device, offline, enters the same 決算期.
    const second = uuidv7();
    const refused = await b.push([
      { kind: 'yearlyFigures', recordId: second, fields: figures(businessId, '2025-03', { sales: 50_000_000 }) },
    ]);
    expect(refused.results[0]).toMatchObject({
      status: 'rejected',
      code: 'already_exists',
      message: '2025年3月期の決算の数値は、この事業者にすでに登録されています。登録済みの数値を編集してください',
    });
    expect(await storedRow(org.id, second)).toBeNull();

    // Within one push, the second of two is refused.
    const [c1, c2] = [uuidv7(), uuidv7()];
    const both = await a.push([
      { kind: 'yearlyFigures', recordId: c1, fields: figures(businessId, '2024-03') },
      { kind: 'yearlyFigures', recordId: c2, fields: figures(businessId, '2024-03') },
    ]);
    expect(both.results.map((r) => r.status)).toEqual(['applied', 'rejected']);

    const free = await b.push([
      { kind: 'yearlyFigures', recordId: uuidv7(), fields: figures(otherBusiness, '2025-03') },
      { kind: 'yearlyFigures', recordId: uuidv7(), fields: figures(businessId, '2025-12') },
    ]);
    expect(free.results.map((r) => r.status)).toEqual(['applied', 'applied']);

    // Moving 2024-03 onto 2025-03 is refused; editing the figures of 2025-03 is not.
    const moved = await a.push([{ kind: 'yearlyFigures', recordId: c1, fields: { fiscalPeriod: '2025-03' } }]);
    expect(moved.results[0]).toMatchObject({ status: 'rejected', code: 'already_exists' });
    const edited = await b.push([{ kind: 'yearlyFigures', recordId: first, fields: { sales: 50_000_000 } }]);
    expect(edited.results[0]).toMatchObject({ status: 'applied' });

    // Deleted, the 決算期 is free again; the old one cannot then be restored beside the new one.
    await a.push([{ kind: 'yearlyFigures', recordId: first, fields: { deleted: true } }]);
    const again = uuidv7();
    expect((await b.push([{ kind: 'yearlyFigures', recordId: again, fields: figures(businessId, '2025-03') }])).results[0]).toMatchObject({
      status: 'applied',
    });
    const restore = await a.push([{ kind: 'yearlyFigures', recordId: first, fields: { deleted: false } }]);
    expect(restore.results[0]).toMatchObject({ status: 'rejected', code: 'already_exists' });
  });
});

describe('clients of protocol 3 and older', () => {
  it('never receive the new kinds, while their cursor moves past them', async () => {
    const { advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const ids = await oneOfEach(client, businessId);
    const newKinds = new Set<string>(['application', 'expertDispatch', 'yearlyFigures', 'demandEvent', 'founder']);

    const today = await pullAs(advisor, 4);
    for (const id of Object.values(ids)) expect(today.changes.map((c) => c.id)).toContain(id);
    for (const protocol of [1, 2, 3]) {
      const old = await pullAs(advisor, protocol);
      expect(
        old.changes.filter((c: RecordEnvelope) => newKinds.has(c.kind)),
        `protocol ${protocol}`,
      ).toEqual([]);
      expect(old.changes.map((c) => c.id)).toContain(businessId);
      expect(old.cursor).toBe(today.cursor);
      expect(old.hasMore).toBe(false);
    }
  });

  it('cannot push them: the request is refused whole and nothing is written', async () => {
    const { org, advisor } = await makeOrg();
    const client = makeClient(advisor);
    const businessId = await newBusiness(client);
    const before = await orgState(org.id);
    const body = await expectError(
      await client.rawPush(
        client.body([{ id: 2, kind: 'yearlyFigures', recordId: uuidv7(), baseVersion: 0, fields: figures(businessId, '2026-03') }], 3),
      ),
      400,
      'validation_failed',
    );
    expect(body.error.details?.map((d) => d.message)).toContain(
      '記録の種類「yearlyFigures」はプロトコル 3 にはありません。拡張機能を更新してください',
    );
    expect(await orgState(org.id)).toEqual(before);
  });
});

describe('merging businesses', () => {
  it('files every support record of the duplicate under the business kept; one 決算期 keeps one record', async () => {
    const { advisor, advisor2 } = await makeOrg();
    const a = makeClient(advisor);
    const stale = makeClient(advisor2);
    const kept = await newBusiness(a, '山田商店');
    const away = await newBusiness(a, 'やまだ商店');
    const ids = await oneOfEach(a, away);
    const keptFigure = uuidv7();
    const olderFigure = uuidv7();
    await a.push([
      { kind: 'yearlyFigures', recordId: keptFigure, fields: { businessId: kept, fiscalPeriod: '2026-03', sales: 48_000_000 } },
      { kind: 'yearlyFigures', recordId: olderFigure, fields: figures(away, '2025-03') },
    ]);
    await stale.pullAll();

    const res = await a.push([{ kind: 'business', recordId: away, fields: { mergedInto: kept, deleted: true } }]);
    expect(res.results[0]!.status).toBe('applied');
    const { byId } = await a.pullAll();
    for (const id of [ids.application, ids.expertDispatch, ids.demandEvent, ids.founder, olderFigure, ids.yearlyFigures]) {
      expect(byId.get(id)!.data.businessId, id).toBe(kept);
    }
    // 2026-03 existed on both: the kept record takes what it lacked, the other is a tombstone with its values.
    expect(byId.get(keptFigure)!.data).toMatchObject({
      deleted: false,
      sales: 48_000_000,
      grossProfit: 19_500_000,
      operatingProfit: -1_200_000,
      employees: 4,
    });
    expect(byId.get(ids.yearlyFigures)!.data).toMatchObject({ deleted: true, sales: 48_000_000 });
    expect(byId.get(olderFigure)!.data).toMatchObject({ deleted: false, fiscalPeriod: '2025-03' });

    // A device that has not seen the merge files its new records under the duplicate: they land on the business kept.
    const late = uuidv7();
    const lateFigure = uuidv7();
    const written = await stale.push([
      { kind: 'application', recordId: late, fields: application(away, { measure: 'it_donyu' }) },
      { kind: 'yearlyFigures', recordId: lateFigure, fields: figures(away, '2026-03') },
    ]);
    expect(written.results[0]).toMatchObject({ status: 'applied' });
    expect(written.results[1]).toMatchObject({ status: 'rejected', code: 'already_exists' });
    expect((await a.pullAll()).byId.get(late)!.data.businessId).toBe(kept);
  });
});

describe('専門家派遣 from a 機微 consultation', () => {
  it('hides its texts (not its dates, hours or 謝金) from who may not read the consultation, who may not change it either', async () => {
    const { advisor, advisor2, manager } = await makeOrg();
    const author = makeClient(advisor);
    const businessId = await newBusiness(author);
    const consultationId = uuidv7();
    const dispatchId = uuidv7();
    await author.push([
      {
        kind: 'consultation',
        recordId: consultationId,
        fields: consultationFields(businessId, { sensitive: true, inquiry: '家族の借入の件' }),
      },
      { kind: 'expertDispatch', recordId: dispatchId, fields: dispatch(businessId, { consultationId }) },
    ]);

    const other = makeClient(advisor2);
    const seen = (await other.pullAll()).byId.get(dispatchId)!;
    expect(seen.redacted).toBe(true);
    expect(seen.data).toMatchObject({
      theme: '',
      report: '',
      fee: 34_000,
      expertName: '中小企業診断士 山田太郎',
      visits: [
        { date: '2026-06-01', hours: 2, note: '' },
        { date: '2026-06-15', hours: 1.5, note: '' },
      ],
    });
    const refused = await other.push([
      { kind: 'expertDispatch', recordId: dispatchId, baseVersion: seen.version, fields: { report: '上書き' } },
    ]);
    expect(refused.results[0]).toMatchObject({ status: 'rejected', code: 'forbidden' });

    for (const reader of [advisor, manager]) {
      const full = (await makeClient(reader).pullAll()).byId.get(dispatchId)!;
      expect(full.redacted).toBe(false);
      expect(full.data).toMatchObject({ theme: 'ECサイトの立ち上げ', report: '商品写真の撮り直しから始める' });
    }

    // The flag lifted: the dispatch comes again, readable.
    const c = (await author.pullAll()).byId.get(consultationId)!;
    await author.push([{ kind: 'consultation', recordId: consultationId, baseVersion: c.version, fields: { sensitive: false } }]);
    const after = (await other.pullAll(seen.version)).byId.get(dispatchId)!;
    expect(after).toMatchObject({ redacted: false, data: { report: '商品写真の撮り直しから始める' } });
  });
});
