import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Download, type Page } from '@playwright/test';
import { exportDocument, uuidv7 } from '../../shared';
import { createAdvisor, pushAs, type LocalApi } from './support/api-server';
import type { LaunchedExtension } from './support/launch';
import { openPage, signInWithOptions, useLocalApiProfiles } from './support/sync-profiles';
import { ui } from './support/ui';

/**
 * データの書き出し and 操作の記録 (issue 14) against the real API (wrangler dev + local D1): an
 * admin exports the organisation from the organisation page — 機微 left out, as the checkbox is
 * off by default — saves the consultations' CSV and the JSON, then opens the audit log and finds
 * that export listed under their name. An advisor is offered their own records only.
 */
const local = useLocalApiProfiles();
let api: LocalApi;
let hanako: { id: string; token: string };
const ids = { business: uuidv7(), plain: uuidv7(), secret: uuidv7() };

test.beforeAll(async () => {
  api = local.api();
  hanako = await createAdvisor(api, '山田 花子');
  await pushAs(api, hanako.token, [
    { kind: 'business', recordId: ids.business, fields: { name: '能登みらい製菓, 本店' } },
    {
      kind: 'consultation',
      recordId: ids.plain,
      fields: {
        businessId: ids.business,
        heldAt: '2026-05-12T01:00:00.000Z',
        channel: 'visit',
        inquiry: '販路の相談\n2行目',
        tagIds: ['topic-sales'],
      },
    },
    {
      kind: 'consultation',
      recordId: ids.secret,
      fields: {
        businessId: ids.business,
        heldAt: '2026-05-13T01:00:00.000Z',
        channel: 'counter',
        inquiry: 'KIBI-SECRET 借入の相談',
        sensitive: true,
      },
    },
  ]);
});

async function signedIn(token: string): Promise<LaunchedExtension> {
  const ext = await local.launch();
  await signInWithOptions(ext, token);
  return ext;
}

/** The downloaded file's text, after checking what Japanese Excel needs of a CSV: the UTF-8 BOM and CRLF. */
async function csvOf(download: Download): Promise<string[][]> {
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
}

async function save(page: Page, name: string): Promise<Download> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  return downloading;
}

test('an admin exports the organisation from the organisation page and finds the export in the audit log', async () => {
  const ext = await signedIn(api.adminToken);
  const org = await openPage(ext, 'organisation.html');
  const t = ui(org).t;
  await org.getByRole('link', { name: t('export.linkAdmin') }).click();
  const page = org;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('export.title'));
  await expect(page.getByRole('radio', { name: t('export.scopeOrganisation') })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: t('export.sensitive') })).not.toBeChecked();
  await page.getByRole('button', { name: t('export.start') }).click();
  await expect(page.getByRole('heading', { name: t('export.files') })).toBeVisible({ timeout: 30_000 });

  // The consultations for Excel: Japanese headers, names for ids, a line break kept inside its cell, 機微 left out.
  const [header, ...rows] = await csvOf(await save(page, t('export.saveLabel', { file: t('export.file.consultation') })));
  const col = (name: string) => header!.indexOf(name);
  expect(header!.slice(0, 5)).toEqual(['ID（再取込用）', '事業者名', '相談日時', '所要時間（分）', '相談方法']);
  const plain = rows.find((r) => r[0] === ids.plain)!;
  expect([plain[col('事業者名')], plain[col('相談方法')], plain[col('記録者')], plain[col('相談内容')]]).toEqual([
    '能登みらい製菓, 本店',
    '巡回',
    '山田 花子',
    '販路の相談\n2行目',
  ]);
  const secret = rows.find((r) => r[0] === ids.secret)!;
  expect([secret[col('相談内容')], secret[col('機微情報を含む')], secret[col('機微情報のため本文を省略')]]).toEqual(['', 'はい', '省略']);

  // The JSON restores: the shared format, every record, no 機微 text.
  const json = readFileSync(await (await save(page, t('export.saveLabel', { file: t('export.fileJson') }))).path(), 'utf8');
  expect(json).not.toContain('KIBI-SECRET');
  const doc = exportDocument.parse(JSON.parse(json));
  expect(doc).toMatchObject({ scope: 'organisation', sensitive: false });
  expect(
    doc.records
      .filter((r) => r.kind === 'consultation')
      .map((r) => r.id)
      .sort(),
  ).toEqual([ids.plain, ids.secret].sort());

  // 操作の記録: the export, by name, with what was exported.
  await page.getByRole('link', { name: t('export.auditLink') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('audit.title'));
  await page.getByRole('combobox', { name: t('audit.group') }).selectOption('export');
  await page.getByRole('button', { name: t('audit.apply') }).click();
  const entries = page.getByRole('table').getByRole('row');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(1)).toContainText('テスト 管理者');
  await expect(entries.nth(1)).toContainText(t('audit.action.export.organisation'));
  await expect(entries.nth(1)).toContainText(
    t('audit.detailExport', { scope: t('export.scopeOrganisation'), sensitive: t('audit.detailSensitiveExcluded') }),
  );
  expect(await page.locator('main').innerText()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);

  const [auditHeader, ...auditRows] = await csvOf(await save(page, t('audit.downloadCsv')));
  expect(auditHeader).toEqual([t('audit.colAt'), t('audit.colPerson'), t('audit.colAction'), t('audit.colDetail')]);
  expect(auditRows).toEqual([
    [
      expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
      'テスト 管理者',
      t('audit.action.export.organisation'),
      expect.stringContaining(t('export.scopeOrganisation')),
    ],
  ]);
});

test('an advisor exports their own records from the business list, and cannot open the audit log', async () => {
  const ext = await signedIn(hanako.token);
  const list = await openPage(ext, 'businesses.html');
  const t = ui(list).t;
  await list.getByRole('link', { name: t('export.link') }).click();
  await expect(list.getByRole('radio', { name: t('export.scopeOrganisation') })).toHaveCount(0);
  await expect(list.getByRole('radio', { name: t('export.scopeOwn') })).toBeChecked();
  // Hanako wrote the 機微 note: she may read it, and asks for it.
  await list.getByRole('checkbox', { name: t('export.sensitive') }).check();
  await list.getByRole('button', { name: t('export.start') }).click();
  const json = readFileSync(await (await save(list, t('export.saveLabel', { file: t('export.fileJson') }))).path(), 'utf8');
  expect(exportDocument.parse(JSON.parse(json))).toMatchObject({ scope: 'own', sensitive: true, exportedBy: { name: '山田 花子' } });
  expect(json).toContain('KIBI-SECRET');

  const audit = await openPage(ext, 'audit.html');
  await expect(audit.getByRole('status')).toHaveText(t('audit.notForYou'));
});
