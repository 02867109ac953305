import { SELF } from 'cloudflare:test';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { exportDocument, uuidv7 } from '../../shared';
import type { ExportFile } from '../../extension/export/export-files';
import { translator } from '../../extension/locales';
import { createAuditClient, createExportClient } from '../../extension/platform/export-client';
import { createAuditStore } from '../../extension/state/audit-store';
import { createExportStore } from '../../extension/state/export-store';
import { actionFields, businessFields, consultationFields, makeClient } from '../server/fixtures/mutations';
import { makeOrg, type Actor } from '../server/fixtures/org';

const t = translator('ja');
const connection = (actor: Actor) => ({
  serverUrl: async () => 'https://api.test',
  apiToken: async () => actor.token,
  fetch: (input: RequestInfo | URL, init?: RequestInit) => SELF.fetch(input as string, init),
});

/** The export page's store on the real export client, against the real worker and D1; saved files collected. */
function exportPage(actor: Actor, admin: boolean) {
  const saved: { name: string; text: string; type?: string }[] = [];
  const store = createExportStore({
    api: createExportClient(connection(actor)),
    download: (name, text, type) => saved.push({ name, text, type }),
    admin,
  });
  return { store, saved };
}

/** Reads a CSV back through a real parser (csv-parse, strict quotes), BOM and CRLF checked first. */
function readBack(text: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.endsWith('\r\n')).toBe(true);
  return parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false }) as string[][];
}

const file = (files: ExportFile[] | null, kind: ExportFile['kind']) => files!.find((f) => f.kind === kind)!;

/** Rows of a CSV as objects keyed by header, so a test names the columns it checks. */
function rowsOf(f: ExportFile): Record<string, string>[] {
  const [header, ...rows] = readBack(f.text);
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
}

async function world() {
  const o = await makeOrg();
  const client = makeClient(o.advisor);
  const ids = { biz: uuidv7(), plain: uuidv7(), secret: uuidv7(), action: uuidv7() };
  await client.push([
    {
      kind: 'business',
      recordId: ids.biz,
      fields: businessFields({
        name: '山田商店, 本店 "本家"',
        nameKana: 'ヤマダショウテン',
        municipality: '=HYPERLINK("x")',
        membership: 'member',
        assignedAdvisorId: o.advisor2.id,
      }),
    },
    {
      kind: 'consultation',
      recordId: ids.plain,
      fields: consultationFields(ids.biz, {
        heldAt: '2026-05-01T01:00:00.000Z',
        channel: 'visit',
        inquiry: '1行目\n2行目',
        advisorIds: [o.advisor2.id],
        tagIds: ['topic-finance', 'topic-sales'],
        durationMin: 45,
      }),
    },
    {
      kind: 'consultation',
      recordId: ids.secret,
      fields: consultationFields(ids.biz, { heldAt: '2026-05-02T01:00:00.000Z', sensitive: true, inquiry: 'SECRET-X 借入' }),
    },
    {
      kind: 'action',
      recordId: ids.action,
      fields: actionFields(ids.biz, { consultationId: ids.secret, text: 'SECRET-X 返済', dueDate: '2026-06-01' }),
    },
  ]);
  const names = (await (await o.admin.get('/v1/directory')).json()) as { advisors: { id: string; name: string }[] };
  const nameOf = (id: string) => names.advisors.find((a) => a.id === id)!.name;
  const tags = (await (await o.admin.get('/v1/tags')).json()) as { groups: { tags: { id: string; name: string }[] }[] };
  const tagName = (id: string) => tags.groups.flatMap((g) => g.tags).find((x) => x.id === id)!.name;
  return { ...o, ids, nameOf, tagName };
}

describe('export page (store on the export API)', () => {
  it('saves the JSON as the server wrote it and a CSV per kind that reads back cell by cell, with names for ids', async () => {
    const w = await world();
    const { store, saved } = exportPage(w.admin, true);
    expect(store.scope.value).toBe('organisation');
    expect(store.sensitive.value).toBe(false);
    store.sensitive.value = true;
    await store.run(t);
    expect(store.error.value).toBeNull();

    const json = file(store.files.value, 'json');
    const doc = exportDocument.parse(JSON.parse(json.text));
    expect(doc.records).toEqual((await makeClient(w.admin).pullAll()).all);

    const [consultation] = rowsOf(file(store.files.value, 'consultation')).filter((r) => r['ID（再取込用）'] === w.ids.plain);
    expect(consultation).toMatchObject({
      事業者名: '山田商店, 本店 "本家"',
      相談日時: '2026-05-01T01:00:00.000Z',
      '所要時間（分）': '45',
      相談方法: '巡回',
      記録者: w.nameOf(w.advisor.id),
      同席者: w.nameOf(w.advisor2.id),
      タグ: `${w.tagName('topic-finance')}、${w.tagName('topic-sales')}`,
      相談内容: '1行目\n2行目',
      機微情報を含む: 'いいえ',
      機微情報のため本文を省略: '',
      '事業者ID（再取込用）': w.ids.biz,
      '記録者ID（再取込用）': w.advisor.id,
      '同席者ID（再取込用）': w.advisor2.id,
      'タグID（再取込用）': 'topic-finance topic-sales',
    });
    const [business] = rowsOf(file(store.files.value, 'business'));
    // A value Excel would run as a formula stays text.
    expect(business).toMatchObject({
      事業者名: '山田商店, 本店 "本家"',
      所在市区町村: `'=HYPERLINK("x")`,
      会員区分: '会員',
      担当指導員: w.nameOf(w.advisor2.id),
      '担当指導員ID（再取込用）': w.advisor2.id,
    });
    // The admin asked for 機微 and may read it.
    expect(rowsOf(file(store.files.value, 'action'))[0]).toMatchObject({
      次の行動: 'SECRET-X 返済',
      期日: '2026-06-01',
      '担当（経営者・支援者）': '経営者',
    });

    store.saveAll();
    expect(saved.map((s) => s.name)).toEqual(store.files.value!.map((f) => f.fileName));
    expect(saved[0]).toMatchObject({ text: json.text, type: 'application/json;charset=utf-8' });
    expect(saved[0]!.name).toMatch(/^テスト商工会-.*_組織全体_\d{8}\.json$/);
    expect(saved.slice(1).every((s) => s.name.endsWith('.csv'))).toBe(true);
  });

  it('leaves 機微 text out of every file unless the checkbox is ticked', async () => {
    const w = await world();
    const { store } = exportPage(w.admin, true);
    await store.run(t);
    for (const f of store.files.value!) expect(f.text, f.kind).not.toContain('SECRET-X');
    const secret = rowsOf(file(store.files.value, 'consultation')).find((r) => r['ID（再取込用）'] === w.ids.secret)!;
    expect(secret).toMatchObject({ 相談内容: '', 機微情報を含む: 'はい', 機微情報のため本文を省略: '省略' });
  });

  it('gives an advisor their own records only, whatever the page asks', async () => {
    const w = await world();
    const { store } = exportPage(w.advisor2, false);
    store.choose('organisation');
    expect(store.scope.value).toBe('own');
    store.sensitive.value = true;
    await store.run(t);
    const consultations = rowsOf(file(store.files.value, 'consultation'));
    // advisor2 is 担当 of the business: both consultations, the 機微 one emptied (advisor2 may not read it).
    expect(consultations.map((r) => r['ID（再取込用）']).sort()).toEqual([w.ids.plain, w.ids.secret].sort());
    for (const f of store.files.value!) expect(f.text, f.kind).not.toContain('SECRET-X');
  });

  it('says so when the server refuses', async () => {
    const w = await world();
    // A manager's page offering the whole organisation (as if the role were wrong): the server's own reason is shown.
    const { store } = exportPage(w.manager, true);
    await store.run(t);
    expect(store.files.value).toBeNull();
    expect(store.error.value).toMatchObject({
      tone: 'error',
      message: { key: 'org.failed', params: { message: expect.stringContaining('システム管理者') } },
    });
  });
});

describe('audit page (store on the audit API)', () => {
  it('lists the admin’s export with who, what and whether 機微 was included, and saves the filtered log as CSV', async () => {
    const w = await world();
    const { store: exporter } = exportPage(w.admin, true);
    await exporter.run(t);
    const saved: { name: string; text: string }[] = [];
    const audit = createAuditStore({
      api: createAuditClient(connection(w.admin)),
      download: (name, text) => saved.push({ name, text }),
      now: () => new Date('2026-06-01T00:00:00Z'),
    });
    await audit.apply({ group: 'export', advisorId: '', from: '', to: '' });
    expect(audit.entries.value).toHaveLength(1);
    expect(audit.entries.value![0]).toMatchObject({
      action: 'export.organisation',
      advisorId: w.admin.id,
      advisorName: w.nameOf(w.admin.id),
    });

    await audit.downloadCsv(t, (id) => w.nameOf(id));
    expect(saved[0]!.name).toBe('操作の記録_20260601.csv');
    const [header, row, ...rest] = readBack(saved[0]!.text);
    expect(header).toEqual(['日時', '職員', '操作', '内容']);
    expect(rest).toEqual([]);
    expect(row).toEqual([
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      w.nameOf(w.admin.id),
      '組織全体を書き出し',
      '組織全体・機微情報の本文は含まない',
    ]);
  });

  it('follows the pages with 「さらに表示」', async () => {
    const w = await world();
    for (let i = 0; i < 3; i++) await exportPage(w.advisor, false).store.run(t);
    const pages: string[] = [];
    const api = createAuditClient(connection(w.admin));
    const audit = createAuditStore({
      api: { page: (p) => (pages.push(p.toString()), api.page(new URLSearchParams({ ...Object.fromEntries(p), limit: '2' }))) },
      download: () => {},
    });
    await audit.apply({ group: 'export', advisorId: w.advisor.id, from: '', to: '' });
    expect(audit.entries.value).toHaveLength(2);
    expect(audit.nextCursor.value).not.toBeNull();
    await audit.more();
    expect(audit.entries.value!.map((e) => e.action)).toEqual(['export.own', 'export.own', 'export.own']);
    expect(new Set(audit.entries.value!.map((e) => e.id)).size).toBe(3);
    expect(audit.nextCursor.value).toBeNull();
    expect(pages[1]).toContain('cursor=');
  });
});

describe('the support records’ files', () => {
  it('writes one CSV per kind, with codes in words and the business by name', async () => {
    const o = await makeOrg();
    const client = makeClient(o.advisor);
    const biz = uuidv7();
    await client.push([
      { kind: 'business', recordId: biz, fields: businessFields({ name: '能登みらい製菓' }) },
      {
        kind: 'application',
        recordId: uuidv7(),
        fields: {
          businessId: biz,
          measure: 'jizokuka',
          round: '第17回',
          appliedOn: '2026-05-20',
          requestedAmount: 500_000,
          advisorId: o.advisor.id,
        },
      },
      {
        kind: 'expertDispatch',
        recordId: uuidv7(),
        fields: {
          businessId: biz,
          scheme: 'mirasapo',
          paidBy: 'national',
          expertName: '中小企業診断士 山田太郎',
          theme: 'ECサイト',
          visits: [
            { date: '2026-06-01', hours: 2, note: '聞き取り' },
            { date: '2026-06-15', hours: 1.5, note: '' },
          ],
          fee: 34_000,
        },
      },
      {
        kind: 'yearlyFigures',
        recordId: uuidv7(),
        fields: {
          businessId: biz,
          fiscalPeriod: '2026-03',
          sales: 48_000_000,
          grossProfit: 19_500_000,
          operatingProfit: -1_200_000,
          employees: 4,
        },
      },
      {
        kind: 'demandEvent',
        recordId: uuidv7(),
        fields: { businessId: biz, eventKind: 'business_meeting', name: '北陸ビジネス商談会', heldOn: '2026-07-10', meetings: 6, deals: 2 },
      },
      {
        kind: 'founder',
        recordId: uuidv7(),
        fields: { businessId: biz, name: '能登 花子', municipality: '七尾市', certificateNumber: '七尾創第12号' },
      },
    ]);
    const { store } = exportPage(o.admin, true);
    await store.run(t);
    expect(store.error.value).toBeNull();
    const only = (kind: ExportFile['kind']) => {
      const rows = rowsOf(file(store.files.value, kind));
      expect(rows, kind).toHaveLength(1);
      return rows[0]!;
    };
    expect(only('application')).toMatchObject({
      事業者名: '能登みらい製菓',
      施策: '持続化補助金',
      公募回: '第17回',
      '申請額（円）': '500000',
      結果: '結果待ち',
    });
    expect(only('expertDispatch')).toMatchObject({
      派遣の制度: 'ミラサポplus専門家派遣',
      謝金の負担: '国',
      訪問日: '2026-06-01、2026-06-15',
      '訪問時間の合計（時間）': '3.5',
      '謝金（円）': '34000',
    });
    // A loss is a number, not a formula: no apostrophe.
    expect(only('yearlyFigures')).toMatchObject({ '決算期（年-月）': '2026-03', '営業利益（円）': '-1200000', 従業員数: '4' });
    expect(only('demandEvent')).toMatchObject({
      種類: '商談会',
      '展示会・商談会の名称': '北陸ビジネス商談会',
      成約件数: '2',
      '成約額（円）': '',
    });
    expect(only('founder')).toMatchObject({
      氏名: '能登 花子',
      証明書番号: '七尾創第12号',
      事業者名: '能登みらい製菓',
      '事業者ID（再取込用）': biz,
    });
  });
});
