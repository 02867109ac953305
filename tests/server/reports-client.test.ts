import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createReportsClient } from '../../extension/platform/reports-client';
import { toCsv } from '../../extension/reports/csv';
import { createReportsStore } from '../../extension/state/reports-store';
import type { Actor } from './fixtures/org';
import { reportWorld } from './fixtures/report-world';

/** The reports page's store on the real reports client, against the real worker and D1. */
function reportsPage(actor: Actor, downloads: { name: string; text: string }[] = []) {
  const api = createReportsClient({
    serverUrl: async () => 'https://api.test', apiToken: async () => actor.token,
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
    expect(store.data.value).toMatchObject({ kind: 'consultations', report: { period: { fiscalYear: 2025 }, total: { consultations: 4 } } });

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
    expect(store.error.value).toEqual({ tone: 'error', message: { key: 'org.failed', params: { message: expect.stringContaining('自分の記録だけ') } } });
  });

  it('downloads a table as the CSV for Excel', async () => {
    const w = await reportWorld();
    const downloads: { name: string; text: string }[] = [];
    const store = reportsPage(w.manager, downloads);
    store.downloadCsv({ id: 't', title: '表', columns: [{ label: '事業者' }, { label: '件数', numeric: true }], rows: [[{ text: '=危険' }, { text: '3', value: 3 }]] }, '相談件数.csv');
    expect(downloads).toEqual([{ name: '相談件数.csv', text: toCsv([['事業者', '件数'], ['=危険', 3]]) }]);
    expect(downloads[0]!.text.startsWith('\uFEFF"事業者","件数"\r\n"\'=危険","3"\r\n')).toBe(true);
  });
});
