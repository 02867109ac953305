import { describe, expect, it } from 'vitest';
import type { StartupFounderRow, StartupReport } from '../../../shared';
import { translator } from '../../../extension/locales';
import { toCsv } from '../../../extension/reports/csv';
import { sheetCsvTable, sheetFounders, sheetMunicipalities, supportSheet } from '../../../extension/reports/startup-sheet';
import { startupTables } from '../../../extension/reports/startup-tables';
import { csvRows } from '../../../extension/reports/table-model';

const t = translator('ja');
const date = (d: string) => d.replace(/-/g, '/');
const sato = { id: 'a1', name: '佐藤 一郎', jobTitle: 'business_advisor' as const };
const suzuki = { id: 'a2', name: '鈴木 花子', jobTitle: null };

const founder = (over: Partial<StartupFounderRow>): StartupFounderRow => ({
  founderId: 'f',
  name: '',
  nameKana: '',
  businessId: null,
  businessName: null,
  plannedBusiness: '',
  plannedStart: '',
  municipality: '七尾市',
  registrationPlannedOn: null,
  certificateNumber: '',
  certificateIssuedOn: null,
  foundedOn: null,
  sessions: [],
  sessionsInPeriod: 0,
  firstDate: null,
  lastDate: null,
  monthFrom: null,
  monthMet: false,
  missingAreas: ['management', 'finance', 'hr', 'sales'],
  sessionsMissing: 4,
  qualified: false,
  registrationWarning: false,
  daysToRegistration: null,
  ...over,
});

// 青木: 4 sessions 2025-04-01 … 05-01 covering all four areas, certified. 加藤: no karte, registration in 10 days.
// 伊藤: 3 sessions over 30 days, 人材育成 missing.
const aoki = founder({
  founderId: 'f1',
  name: '青木 一郎',
  nameKana: 'アオキ イチロウ',
  businessId: 'k1',
  businessName: '青木商店',
  plannedBusiness: 'カフェ',
  plannedStart: '2026年春',
  certificateNumber: '第12号',
  certificateIssuedOn: '2025-05-20',
  sessions: [
    { consultationId: 'c1', date: '2025-04-01', areas: ['management', 'finance'], advisors: [sato, suzuki], inPeriod: true },
    { consultationId: 'c2', date: '2025-04-15', areas: ['hr'], advisors: [sato], inPeriod: true },
    { consultationId: 'c3', date: '2025-04-20', areas: [], advisors: [sato], inPeriod: true },
    { consultationId: 'c4', date: '2025-05-01', areas: ['sales'], advisors: [suzuki], inPeriod: true },
  ],
  sessionsInPeriod: 4,
  firstDate: '2025-04-01',
  lastDate: '2025-05-01',
  monthFrom: '2025-05-01',
  monthMet: true,
  missingAreas: [],
  sessionsMissing: 0,
  qualified: true,
});
const kato = founder({
  founderId: 'f6',
  name: '加藤 六美',
  municipality: '輪島市',
  registrationPlannedOn: '2026-04-10',
  registrationWarning: true,
  daysToRegistration: 10,
});
const ito = founder({
  founderId: 'f2',
  name: '伊藤 二郎',
  businessId: 'k2',
  plannedBusiness: '美容室',
  sessions: [
    { consultationId: 'd1', date: '2026-01-01', areas: ['management'], advisors: [sato], inPeriod: true },
    { consultationId: 'd2', date: '2026-01-10', areas: ['finance'], advisors: [sato], inPeriod: true },
    { consultationId: 'd3', date: '2026-01-31', areas: ['sales'], advisors: [sato], inPeriod: true },
  ],
  firstDate: '2026-01-01',
  lastDate: '2026-01-31',
  monthFrom: '2026-02-01',
  monthMet: false,
  missingAreas: ['hr'],
  sessionsMissing: 1,
});
const report: StartupReport = {
  period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
  scope: 'organisation',
  filters: { advisorId: null, programme: null, municipality: null },
  asOf: '2026-03-31',
  supportOrganisation: '七尾商工会議所',
  rule: { sessions: 4, months: 1, warningDays: 30 },
  areaMapping: 'standard',
  founders: [kato, aoki, ito],
};

describe('特定創業支援 tables', () => {
  it('one row per founder: ○/× per area, what is still missing, the certificate, the registration warning marked', () => {
    const [summary, founders] = startupTables(report, t, date);
    expect(csvRows(summary!)).toEqual([
      ['状況', '人数'],
      ['要件を満たす', 1],
      ['要件に未達', 2],
      ['設立登記が近い（証明書なし）', 1],
      ['証明書発行済み', 1],
      ['合計', 3],
    ]);
    expect(csvRows(founders!)).toEqual([
      ['氏名', '予定事業', '回数', '期間', '経営', '財務', '人材育成', '販路開拓', '要件', '証明書', '注意'],
      [
        '加藤 六美',
        '',
        0,
        '',
        '×',
        '×',
        '×',
        '×',
        '未達: あと4回、1か月以上の期間、経営、財務、人材育成、販路開拓',
        '',
        '設立登記まで10日（2026/04/10）・証明書なし',
      ],
      ['青木 一郎', 'カフェ', 4, '2025/04/01〜2025/05/01', '○', '○', '○', '○', '満たす', '第12号（2025/05/20）', ''],
      ['伊藤 二郎', '美容室', 3, '2026/01/01〜2026/01/31', '○', '○', '×', '○', '未達: あと1回、2026/02/01以降の支援、人材育成', '', ''],
    ]);
    const [katoRow, aokiRow] = founders!.rows;
    // A founder without a karte has no link; the warning marks the row.
    expect(katoRow![0]!.href).toBeUndefined();
    expect(katoRow!.some((c) => c.warning)).toBe(true);
    expect(aokiRow!.some((c) => c.warning)).toBe(false);
    expect(aokiRow![0]!.href).toBe('karte.html?id=k1');
    // The count lists the sessions, each a link to its consultation: date, areas, advisors, never text.
    expect(aokiRow![2]!.drill).toEqual({
      kind: 'list',
      items: [
        {
          businessId: 'k1',
          businessName: '青木 一郎',
          consultationId: 'c1',
          date: '2025-04-01',
          detail: '経営、財務 / 佐藤 一郎、鈴木 花子',
        },
        { businessId: 'k1', businessName: '青木 一郎', consultationId: 'c2', date: '2025-04-15', detail: '人材育成 / 佐藤 一郎' },
        { businessId: 'k1', businessName: '青木 一郎', consultationId: 'c3', date: '2025-04-20', detail: '佐藤 一郎' },
        { businessId: 'k1', businessName: '青木 一郎', consultationId: 'c4', date: '2025-05-01', detail: '販路開拓 / 鈴木 花子' },
      ],
    });
    expect(founders!.note).toContain('標準');
  });

  it('says when the registration day has come or passed', () => {
    const today = startupTables({ ...report, founders: [{ ...kato, daysToRegistration: 0 }] }, t, date)[1]!;
    expect(today.rows[0]![10]).toEqual({ text: '設立登記が今日・証明書なし', warning: true });
    const past = startupTables({ ...report, founders: [{ ...kato, daysToRegistration: -3 }] }, t, date)[1]!;
    expect(past.rows[0]![10]!.text).toBe('設立登記予定日（2026/04/10）を3日過ぎています・証明書なし');
  });
});

describe('支援実績 sheet for the 市区町村', () => {
  it('lays out one founder in the 市区町村’s shape: fields, the days of each area, every session', () => {
    const sheet = supportSheet(aoki, report, t, date);
    expect(sheet.fields.map((f) => [f.label, f.value])).toEqual([
      ['氏名', '青木 一郎（アオキ イチロウ）'],
      ['創業予定の事業', 'カフェ'],
      ['創業予定時期', '2026年春'],
      ['証明書を発行する市区町村', '七尾市'],
      ['支援期間', '2025/04/01〜2025/05/01'],
      ['支援回数', '4回'],
      ['支援機関名', '七尾商工会議所'],
      ['担当者', '佐藤 一郎、鈴木 花子'],
      ['要件', '満たす'],
    ]);
    expect(sheet.areaDays.map((a) => [a.label, a.days])).toEqual([
      ['経営', '2025/04/01'],
      ['財務', '2025/04/01'],
      ['人材育成', '2025/04/15'],
      ['販路開拓', '2025/05/01'],
    ]);
    expect(csvRows(sheet.sessions)).toEqual([
      ['回', '支援日', '経営', '財務', '人材育成', '販路開拓', '担当者'],
      [1, '2025/04/01', '○', '○', '', '', '佐藤 一郎、鈴木 花子'],
      [2, '2025/04/15', '', '', '○', '', '佐藤 一郎'],
      [3, '2025/04/20', '', '', '', '', '佐藤 一郎'],
      [4, '2025/05/01', '', '', '', '○', '鈴木 花子'],
    ]);
    expect(supportSheet(ito, report, t, date).areaDays.find((a) => a.area === 'hr')!.days).toBe('（なし）');
  });

  it('picks one founder or every founder of a 市区町村, and writes one CSV row per session', () => {
    expect(sheetMunicipalities(report)).toEqual([
      { name: '七尾市', founders: 2 },
      { name: '輪島市', founders: 1 },
    ]);
    expect(sheetFounders(report, { kind: 'municipality', name: '七尾市' }).map((f) => f.founderId)).toEqual(['f1', 'f2']);
    expect(sheetFounders(report, { kind: 'founder', founderId: 'f6' }).map((f) => f.founderId)).toEqual(['f6']);
    const table = sheetCsvTable(sheetFounders(report, { kind: 'municipality', name: '七尾市' }), report, t, date);
    const rows = csvRows(table);
    expect(rows[0]).toEqual([
      '氏名',
      'フリガナ',
      '創業予定の事業',
      '証明書を発行する市区町村',
      '支援期間',
      '支援回数',
      '回',
      '支援日',
      '経営',
      '財務',
      '人材育成',
      '販路開拓',
      '担当者',
      '支援機関名',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13]])).toEqual([
      ['青木 一郎', 1, '2025/04/01', '○', '○', '', '', '佐藤 一郎、鈴木 花子', '七尾商工会議所'],
      ['青木 一郎', 2, '2025/04/15', '', '', '○', '', '佐藤 一郎', '七尾商工会議所'],
      ['青木 一郎', 3, '2025/04/20', '', '', '', '', '佐藤 一郎', '七尾商工会議所'],
      ['青木 一郎', 4, '2025/05/01', '', '', '', '○', '鈴木 花子', '七尾商工会議所'],
      ['伊藤 二郎', 1, '2026/01/01', '○', '', '', '', '佐藤 一郎', '七尾商工会議所'],
      ['伊藤 二郎', 2, '2026/01/10', '', '○', '', '', '佐藤 一郎', '七尾商工会議所'],
      ['伊藤 二郎', 3, '2026/01/31', '', '', '', '○', '佐藤 一郎', '七尾商工会議所'],
    ]);
    expect(rows[1]!.slice(0, 6)).toEqual(['青木 一郎', 'アオキ イチロウ', 'カフェ', '七尾市', '2025/04/01〜2025/05/01', 4]);
    // A founder with no session yet keeps one row; the file is Excel's: BOM, CRLF, quoted.
    const none = csvRows(sheetCsvTable([kato], report, t, date));
    expect(none).toHaveLength(2);
    expect(none[1]).toEqual(['加藤 六美', '', '', '輪島市', '', 0, '', '', '', '', '', '', '', '七尾商工会議所']);
    expect(toCsv(none)).toMatch(/^\uFEFF"氏名","フリガナ",.*\r\n"加藤 六美","","","輪島市","","0",.*"七尾商工会議所"\r\n$/s);
  });
});
