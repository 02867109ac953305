import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { translator } from '../../extension/locales';
import { createReportsClient } from '../../extension/platform/reports-client';
import { toCsv } from '../../extension/reports/csv';
import { csvRows } from '../../extension/reports/table-model';
import { tablesOf } from '../../extension/reports/tables';
import { createReportsStore } from '../../extension/state/reports-store';
import type { Actor } from '../server/fixtures/org';
import { reportWorld } from '../server/fixtures/report-world';
import { supportReportWorld } from '../server/fixtures/support-report-world';

/** The reports page's store on the real reports client, against the real worker and D1. */
function reportsPage(actor: Actor, downloads: { name: string; text: string }[] = []) {
  const api = createReportsClient({
    serverUrl: async () => 'https://api.test',
    apiToken: async () => actor.token,
    fetch: (input, init) => SELF.fetch(input as string, init),
  });
  // 2026-03-31 12:00 JST: the current 年度 is 2025.
  return createReportsStore({ api, download: (name, text) => downloads.push({ name, text }), now: () => new Date('2026-03-31T03:00:00Z') });
}

describe('reports page (store on the reports API)', () => {
  it('loads the current 年度’s 相談件数, lists the records behind a figure, and switches report', async () => {
    const w = await reportWorld();
    const store = reportsPage(w.manager);
    await store.load();
    expect(store.error.value).toBeNull();
    expect(store.data.value).toMatchObject({
      kind: 'consultations',
      report: { period: { fiscalYear: 2025 }, total: { consultations: 4 } },
    });

    store.openDrill({ kind: 'figure', dim: 'channel', key: 'visit' }, '相談方法別「巡回」');
    await expect.poll(() => store.drill.value?.loading).toBe(false);
    expect(store.drill.value).toMatchObject({ title: '相談方法別「巡回」', total: 2, nextCursor: null });
    expect(store.drill.value!.rows.map((r) => (r.kind === 'record' ? r.record.consultationId : null))).toEqual([w.c3, w.c2]);

    store.select('banso');
    await expect.poll(() => store.data.value?.kind).toBe('banso');
    expect(store.drill.value).toBeNull();
  });

  it('shows an advisor their own work, and the server’s reason when asking for a colleague’s', async () => {
    const w = await reportWorld();
    const store = reportsPage(w.advisor);
    await store.load();
    expect(store.data.value).toMatchObject({ report: { scope: 'own', total: { consultations: 2 } } });
    store.setFilters({ advisorId: w.advisor2.id });
    await expect.poll(() => store.error.value).not.toBeNull();
    expect(store.error.value).toEqual({
      tone: 'error',
      message: { key: 'org.failed', params: { message: expect.stringContaining('自分の記録だけ') } },
    });
  });

  it('downloads a table as the CSV for Excel', async () => {
    const w = await reportWorld();
    const downloads: { name: string; text: string }[] = [];
    const store = reportsPage(w.manager, downloads);
    store.downloadCsv(
      {
        id: 't',
        title: '表',
        columns: [{ label: '事業者' }, { label: '件数', numeric: true }],
        rows: [[{ text: '=危険' }, { text: '3', value: 3 }]],
      },
      '相談件数.csv',
    );
    expect(downloads).toEqual([
      {
        name: '相談件数.csv',
        text: toCsv([
          ['事業者', '件数'],
          ['=危険', 3],
        ]),
      },
    ]);
    expect(downloads[0]!.text.startsWith('\uFEFF"事業者","件数"\r\n"\'=危険","3"\r\n')).toBe(true);
  });
});

/** The support records’ reports (tests/server/reports-support.test.ts) through the same store. */
describe('reports page store on the real client and worker', () => {
  const page = (actor: Actor) =>
    createReportsStore({
      api: createReportsClient({
        serverUrl: async () => 'https://api.test',
        apiToken: async () => actor.token,
        fetch: (input, init) => SELF.fetch(input as string, init),
      }),
      download: () => undefined,
      now: () => new Date('2026-03-31T03:00:00Z'),
    });
  const t = translator('ja');
  const date = (d: string) => d.replace(/-/g, '/');

  it('reads the three reports through their shared schemas, saves targets and shows the attainment', async () => {
    const w = await supportReportWorld();
    const store = page(w.manager);
    store.select('plan');
    await expect.poll(() => store.data.value?.kind).toBe('plan');
    expect(await store.savePlanTargets({ fiscalYear: 2025, targets: { analysis: 4 } })).toBeNull();
    const plan = store.data.value!;
    const [indicators] = tablesOf(plan, t, date);
    expect(csvRows(indicators!)[1]).toEqual(['経営状況分析（事業者数）', 2, 4, 50]);

    store.select('subsidies');
    await expect.poll(() => store.data.value?.kind).toBe('subsidies');
    expect(csvRows(tablesOf(store.data.value!, t, date)[0]!).at(-1)).toEqual(['合計', 5, 2, 1, 1, 1, 66.7, 5_000_000, 3_500_000, 1]);
    store.select('dispatch');
    await expect.poll(() => store.data.value?.kind).toBe('dispatch');
    expect(csvRows(tablesOf(store.data.value!, t, date)[0]!).at(-1)).toEqual(['合計', 3, 3, 4, 6.5, 60_000]);

    const refused = await page(w.advisor).savePlanTargets({ fiscalYear: 2025, targets: { analysis: 4 } });
    expect(refused).toMatchObject({ tone: 'error', message: { key: 'org.failed' } });
  });
});
