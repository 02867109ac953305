import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { expect, test, type Page } from '@playwright/test';
import { uuidv7 } from '../../shared';
import { createAdvisor, pushAs, type LocalApi } from './support/api-server';
import type { LaunchedExtension } from './support/launch';
import { signInWithOptions, useLocalApiProfiles } from './support/sync-profiles';
import { SCREENSHOT_DIR } from './support/test';
import { ui } from './support/ui';

/**
 * The reports page (issue 13) against the real API (wrangler dev + local D1): a manager changes
 * the 年度, follows a figure to the records behind it and downloads a CSV that Japanese Excel
 * opens as is; an advisor sees only their own work. Consultations are written as two advisors
 * would from their own devices, on both sides of the 年度 boundary (31 March / 1 April in Japan).
 */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const local = useLocalApiProfiles();
let api: LocalApi;
let hanako: { id: string; token: string };

/** 10:00 in Japan on a date. */
const jst = (date: string, time = '10:00') => new Date(`${date}T${time}:00+09:00`).toISOString();

test.beforeAll(async () => {
  api = local.api();
  hanako = await createAdvisor(api, '山田 花子');
  const jiro = await createAdvisor(api, '田中 次郎');
  const [noto, wajima] = [uuidv7(), uuidv7()];
  const note = (businessId: string, heldAt: string, channel: string, inquiry: string) => ({
    kind: 'consultation',
    recordId: uuidv7(),
    fields: { businessId, heldAt, channel, inquiry, durationMin: 30, tagIds: ['topic-finance'] },
  });
  await pushAs(api, hanako.token, [
    { kind: 'business', recordId: noto, fields: { name: '能登みらい製菓' } },
    // 2025年度: its last evening, 23:30 on 31 March in Japan.
    note(noto, jst('2026-03-31', '23:30'), 'visit', '年度末の資金繰り'),
    // 2026年度: from 1 April.
    note(noto, jst('2026-04-01', '00:10'), 'visit', '新年度の計画'),
    note(noto, jst('2026-05-12'), 'counter', '販路の相談'),
  ]);
  await pushAs(api, jiro.token, [
    { kind: 'business', recordId: wajima, fields: { name: '輪島朝市 かね吉' } },
    note(wajima, jst('2026-06-03'), 'visit', '設備の相談'),
    note(wajima, jst('2026-07-08'), 'phone', '補助金の相談'),
  ]);
});

async function signedIn(token: string): Promise<LaunchedExtension> {
  const ext = await local.launch();
  await signInWithOptions(ext, token);
  return ext;
}

async function openReports(ext: LaunchedExtension): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/reports.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui(page).t('reports.title'));
  return page;
}

/** The 延べ and 実数 of the month table's 合計 row. */
const totals = (page: Page) => page.getByTestId('report-table-by-month').locator('tfoot td');

test('a manager reads 相談件数 by 年度, follows a figure to its records and downloads CSV for Excel', async () => {
  const ext = await signedIn(api.adminToken);
  const page = await openReports(ext);
  const t = ui(page).t;
  await expect(page.getByTestId('report-scope')).toContainText(t('reports.scopeOrganisation'));
  // 2026年度 (the current one, by default): 1 April 00:10 onwards — four consultations of two businesses.
  await expect(totals(page).nth(1)).toHaveText('4');
  await expect(totals(page).nth(2)).toHaveText('2');
  // The README's picture: the controls, the month chart and table (the top of the page).
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'reports.png'), clip: { x: 0, y: 0, width: 1280, height: 1100 } });

  await page.getByRole('combobox', { name: t('reports.fiscalYear') }).selectOption('2025');
  // 2025年度: the one held at 23:30 on 31 March.
  await expect(totals(page).nth(1)).toHaveText('1');
  await page.getByRole('combobox', { name: t('reports.fiscalYear') }).selectOption('2026');
  await expect(totals(page).nth(1)).toHaveText('4');

  // The 延べ of 巡回 leads to its consultations, each business a link to its karte, no id in sight.
  const byChannel = page.getByTestId('report-table-by-channel');
  await byChannel
    .getByRole('row')
    .filter({ hasText: t('channel.visit') })
    .getByRole('button')
    .first()
    .click();
  const drill = page.getByTestId('drill-dialog');
  await expect(drill).toBeVisible();
  await expect(drill.getByRole('link')).toHaveText(['能登みらい製菓', '輪島朝市 かね吉']);
  expect(await drill.innerText()).not.toMatch(UUID);
  await expect(drill.getByRole('link', { name: '能登みらい製菓' })).toHaveAttribute('href', /karte\.html\?id=/);
  await page.keyboard.press('Escape');
  await expect(drill).toBeHidden();

  // CSV: UTF-8 with a BOM, Japanese headers, CRLF; read back by a real CSV parser, cell by cell.
  const downloading = page.waitForEvent('download');
  await page
    .getByTestId('report-table-by-month')
    .getByRole('button', { name: t('reports.csvFor', { title: t('reports.byMonth') }) })
    .click();
  const file = await (await downloading).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text).toContain('\r\n');
  expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  const rows = parse(text, { bom: false }) as string[][];
  expect(rows[0]).toEqual([t('reports.colMonth'), t('reports.colConsultations'), t('reports.colBusinesses'), t('reports.colMinutes')]);
  expect(rows.find((r) => r[0] === '2026年4月')).toEqual(['2026年4月', '1', '1', '30']);
  expect(rows.at(-1)).toEqual([t('reports.total'), '4', '2', '120']);
});

test('an advisor sees only their own work', async () => {
  const ext = await signedIn(hanako.token);
  const page = await openReports(ext);
  const t = ui(page).t;
  await expect(page.getByTestId('report-scope')).toContainText(t('reports.scopeOwn'));
  await expect(totals(page).nth(1)).toHaveText('2');
  await expect(totals(page).nth(2)).toHaveText('1');
  await expect(page.getByTestId('report-panel')).not.toContainText('輪島朝市');
  await expect(page.getByTestId('report-table-by-advisor')).toContainText('山田 花子');
  await expect(page.getByTestId('report-table-by-advisor')).not.toContainText('田中 次郎');
  // No advisor filter to look at a colleague's work.
  await expect(page.getByRole('combobox', { name: t('reports.filterAdvisor') })).toHaveCount(0);
});
