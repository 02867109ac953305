import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StartupFounderRow, StartupReport } from '../../../shared';
import { openServices } from '../../../extension/app/compose';
import { createDirectory } from '../../../extension/app/compose-directory';
import { ReportsPage } from '../../../extension/app/ReportsPage';
import { I18nContext } from '../../../extension/state/contexts';
import { createReportsStore, type ReportsApi } from '../../../extension/state/reports-store';
import { freshDbName } from '../support/db';
import { button, byLabel, click, renderInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const K1 = '01900000-0000-7000-8000-0000000000b1';
const sato = { id: 'a1', name: '佐藤 一郎', jobTitle: 'business_advisor' as const };
const base = {
  nameKana: '',
  businessName: null,
  plannedStart: '',
  certificateNumber: '',
  certificateIssuedOn: null,
  foundedOn: null,
  sessionsInPeriod: 0,
  registrationPlannedOn: null,
  daysToRegistration: null,
  registrationWarning: false,
} satisfies Partial<StartupFounderRow>;
const report: StartupReport = {
  period: { from: '2025-04-01', to: '2026-03-31', fiscalYear: 2025, month: null },
  scope: 'organisation',
  filters: { advisorId: null, programme: null, municipality: null },
  asOf: '2026-03-31',
  supportOrganisation: '七尾商工会議所',
  rule: { sessions: 4, months: 1, warningDays: 30 },
  areaMapping: 'organisation',
  founders: [
    {
      ...base,
      founderId: 'f6',
      name: '加藤 六美',
      businessId: null,
      plannedBusiness: '雑貨店',
      municipality: '輪島市',
      sessions: [],
      firstDate: null,
      lastDate: null,
      monthFrom: null,
      monthMet: false,
      missingAreas: ['management', 'finance', 'hr', 'sales'],
      sessionsMissing: 4,
      qualified: false,
      registrationPlannedOn: '2026-04-10',
      daysToRegistration: 10,
      registrationWarning: true,
    },
    {
      ...base,
      founderId: 'f1',
      name: '青木 一郎',
      businessId: K1,
      plannedBusiness: 'カフェ',
      municipality: '七尾市',
      sessionsInPeriod: 4,
      sessions: [
        { consultationId: 'c1', date: '2025-04-01', areas: ['management', 'finance'], advisors: [sato], inPeriod: true },
        { consultationId: 'c2', date: '2025-04-15', areas: ['hr'], advisors: [sato], inPeriod: true },
        { consultationId: 'c3', date: '2025-04-20', areas: [], advisors: [sato], inPeriod: true },
        { consultationId: 'c4', date: '2025-05-01', areas: ['sales'], advisors: [sato], inPeriod: true },
      ],
      firstDate: '2025-04-01',
      lastDate: '2025-05-01',
      monthFrom: '2025-05-01',
      monthMet: true,
      missingAreas: [],
      sessionsMissing: 0,
      qualified: true,
      certificateNumber: '第12号',
      certificateIssuedOn: '2025-05-20',
    },
  ],
};

async function renderStartup() {
  const services = await openServices(freshDbName());
  const downloads: { name: string; text: string }[] = [];
  const api: ReportsApi = {
    report: async (kind) => (kind === 'startup' ? { ok: true, value: { kind, report } } : { ok: false, reason: 'network' }),
    countRecords: async () => ({ ok: false, reason: 'network' }),
    savePlanTargets: async () => ({ ok: false, reason: 'network' }),
  };
  const store = createReportsStore({
    api,
    download: (name, text) => downloads.push({ name, text }),
    now: () => new Date('2026-03-31T03:00:00Z'),
  });
  const directory = createDirectory(services.db);
  directory.start();
  let printed: string | undefined = 'not printed';
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: services.i18n },
      h(ReportsPage, {
        store,
        directory,
        signedIn: true,
        manager: true,
        years: [2025],
        onPrint: () => {
          printed = document.body.dataset.print;
        },
      }),
    ),
  );
  store.select('startup');
  await expect.poll(() => root.querySelector('[data-testid="report-table-startup-founders"] tbody tr')).not.toBeNull();
  return { root, downloads, printed: () => printed };
}

describe('reports page: 特定創業支援', () => {
  it('shows a row per founder, the registration-near one marked, each founder a link to its karte', async () => {
    const { root } = await renderStartup();
    expect(root.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('特定創業支援');
    const table = root.querySelector('[data-testid="report-table-startup-founders"]')!;
    expect([...table.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      '氏名',
      '予定事業',
      '回数',
      '期間',
      '経営',
      '財務',
      '人材育成',
      '販路開拓',
      '要件',
      '証明書',
      '注意',
    ]);
    const [kato, aoki] = [...table.querySelectorAll('tbody tr')];
    expect(kato!.className).toBe('warning');
    expect(kato!.textContent).toContain('設立登記まで10日（2026/04/10）・証明書なし');
    expect(kato!.querySelector('a')).toBeNull();
    expect(aoki!.className).toBe('');
    expect(aoki!.querySelector('a')?.getAttribute('href')).toBe(`karte.html?id=${K1}`);
    expect(table.textContent).toContain('組織の設定');
    expect(unnamedControls(root)).toEqual([]);
  });

  it('makes the 支援実績 sheets of one 市区町村: on screen, printed alone, and as CSV', async () => {
    const { root, downloads, printed } = await renderStartup();
    await act(() => {
      const choose = byLabel(root, 'シートの対象');
      choose.value = 'm:七尾市';
      choose.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const sheet = root.querySelector('[data-testid="startup-sheet-f1"]')!;
    expect(sheet.querySelector('h3')?.textContent).toBe('特定創業支援等事業 支援実績');
    expect([...sheet.querySelectorAll('.sheet-fields th')].map((th) => th.textContent)).toEqual([
      '氏名',
      '創業予定の事業',
      '創業予定時期',
      '証明書を発行する市区町村',
      '支援期間',
      '支援回数',
      '支援機関名',
      '担当者',
      '要件',
      '4分野の支援日',
    ]);
    expect(sheet.textContent).toContain('経営 2025/04/01');
    expect(sheet.querySelectorAll('.sheet-sessions tbody tr')).toHaveLength(4);
    expect(root.querySelector('[data-testid="startup-sheet-f6"]')).toBeNull();
    await click(button(root, 'シートを印刷（A4）'));
    expect(printed()).toBe('sheets');
    await click(button(root, 'シートのCSV'));
    expect(downloads.map((d) => d.name)).toEqual(['支援実績_七尾市_20260331.csv']);
    expect(downloads[0]!.text.split('\r\n')[1]).toBe(
      '"青木 一郎","","カフェ","七尾市","2025/04/01〜2025/05/01","4","1","2025/04/01","○","○","","","佐藤 一郎","七尾商工会議所"',
    );
  });
});
