import type { Page } from '@playwright/test';
import { todayIn } from '../../extension/karte/due';
import { addDays } from '../../extension/dates/local-date';
import { putRows, readRows, type Row } from './support/idb-rows';
import { recordRow } from './support/karte-seed';
import { expect, saveScreenshot, test } from './support/test';
import { createBusiness, ui, uniqueName } from './support/ui';

const OTHER = '01900000-0000-7000-8000-0000000000aa';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const today = todayIn(new Date());

/** A karte with a bit of everything, as it would be after months of support and a sync. */
function aKarte() {
  const business = recordRow('business', {
    name: uniqueName('株式会社東洋商事'),
    nameKana: 'トウヨウショウジ',
    corporateNumber: '1220001747327',
    industry: 'I',
    membership: 'member',
    externalIds: [{ system: 'BIZミル', value: 'B-1024' }],
    status: 'continuing',
    vision: '自社ブランドの商品を県外にも届け、下請けから脱却する。',
  });
  const c = (days: number, fields: Record<string, unknown>, meta: { authorId?: string; redacted?: boolean } = {}) =>
    recordRow('consultation', { businessId: business.id, heldAt: daysAgo(days), channel: 'counter', ...fields }, meta);
  const visit = c(60, {
    channel: 'visit',
    programme: 'kaizen_fukyu',
    tagIds: ['topic-finance', 'step-understanding', 'wall-unseen'],
    inquiry: '月末の支払いが苦しい。資金繰り表の作り方を知りたい。',
    ownerWords: '「毎月、通帳を見るのが怖い」',
    advice: '入出金を3か月分書き出し、資金繰り表の形にした。',
    insight: '支払いが月末に集中していると気づいた。',
    essentialIssue: '支払いサイトと入金サイトの差を把握していない',
  });
  const phone = c(30, { channel: 'phone', tagIds: ['topic-sales', 'step-insight'], inquiry: '展示会に出るべきか迷っている。' });
  const secret = c(
    10,
    { channel: 'online', programme: 'yorozu', tagIds: ['topic-finance'], inquiry: '', sensitive: true },
    { authorId: OTHER, redacted: true },
  );
  const late = recordRow('action', {
    businessId: business.id,
    consultationId: visit.id,
    side: 'owner',
    text: '資金繰り表を毎月更新する',
    dueDate: addDays(today, -5),
  });
  const soon = recordRow('action', {
    businessId: business.id,
    consultationId: phone.id,
    side: 'advisor',
    text: '展示会の出展要項を送る',
    dueDate: addDays(today, 3),
  });
  return { business, visit, phone, secret, late, soon };
}

/** The colleague who wrote the 機微 note, as the synced directory names them. */
const OTHER_ADVISOR = { id: OTHER, name: '山田 花子', jobTitle: 'business_advisor', role: 'advisor', active: true };

async function openKarte(page: Page, karte: ReturnType<typeof aKarte>, extra: { conflicts?: Row[] } = {}) {
  await putRows(page, {
    businesses: [karte.business],
    consultations: [karte.visit, karte.phone, karte.secret],
    actions: [karte.late, karte.soon],
    conflicts: extra.conflicts ?? [],
    advisors: [OTHER_ADVISOR],
  });
  await page.goto(page.url().replace(/karte\.html.*$/, `karte.html?id=${karte.business.id}`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(karte.business.name));
}

test('karte page: header, timeline with the owner’s words and advice, open actions; filters narrow the timeline', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('karte.html');
  const t = ui(page).t;
  const karte = aKarte();
  await openKarte(page, karte);

  await expect(page.getByTestId('corporate-number')).toHaveText('1220001747327');
  await expect(page.getByTestId('industry')).toHaveText(t('industry.I'));
  await expect(page.getByTestId('membership')).toHaveText(t('membership.member'));
  await expect(page.getByTestId('external-ids')).toHaveText('BIZミル: B-1024');
  await expect(page.getByRole('combobox', { name: t('kartePage.status') })).toHaveValue('continuing');

  const timeline = page.getByRole('region', { name: t('timeline.heading') });
  const entries = timeline.getByRole('article');
  await expect(entries).toHaveCount(3);
  const visit = page.getByTestId(`entry-${karte.visit.id}`);
  await expect(visit).toContainText('「毎月、通帳を見るのが怖い」');
  await expect(visit).toContainText('入出金を3か月分書き出し');
  await expect(visit).toContainText('支払いが月末に集中していると気づいた。');
  await expect(visit.locator('.agreed')).toContainText('資金繰り表を毎月更新する');
  await expect(page.getByTestId(`entry-${karte.secret.id}`)).toContainText(t('timeline.redacted'));

  const actions = page.getByRole('region', { name: t('actions.open') });
  await expect(actions.getByRole('list', { name: t('kartePage.ownerSide') })).toContainText('資金繰り表を毎月更新する');
  await expect(actions.getByRole('list', { name: t('kartePage.ownerSide') })).toContainText(t('actions.overdue'));
  await expect(actions.getByRole('list', { name: t('kartePage.advisorSide') })).toContainText('展示会の出展要項を送る');

  const stages = page.getByRole('region', { name: t('stage.heading') });
  await expect(stages.locator('[aria-current="step"]')).toContainText('気づき・腹落ち');
  await expect(stages.getByRole('list', { name: t('stage.walls') })).toContainText('見えない');
  await saveScreenshot(page, 'karte-page-ja');

  // Filters: tag, then channel on top; clearing brings every consultation back.
  const filters = page.getByRole('group', { name: t('timeline.filters') });
  await filters.getByRole('combobox', { name: t('timeline.tag') }).selectOption({ label: '金融' });
  await expect(entries).toHaveCount(2);
  await expect(page.getByTestId('timeline-count')).toHaveText(t('timeline.count', { shown: 2, total: 3 }));
  await filters.getByRole('combobox', { name: t('timeline.channel') }).selectOption({ label: t('channel.visit') });
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-testid', `entry-${karte.visit.id}`);
  await filters.getByRole('button', { name: t('timeline.clear') }).click();
  await expect(entries).toHaveCount(3);
  await filters.getByRole('combobox', { name: t('timeline.programme') }).selectOption({ label: t('programme.yorozu') });
  await expect(entries).toHaveCount(1);
  await filters.getByRole('button', { name: t('timeline.clear') }).click();
  await filters.getByRole('combobox', { name: t('timeline.advisor') }).selectOption({ label: OTHER_ADVISOR.name });
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toHaveAttribute('data-testid', `entry-${karte.secret.id}`);

  // Done from the karte: the action leaves the open list.
  await filters.getByRole('button', { name: t('timeline.clear') }).click();
  await actions.getByRole('checkbox', { name: t('actions.markDone', { text: '展示会の出展要項を送る' }) }).click();
  await expect(actions).not.toContainText('展示会の出展要項を送る');
  await expect(page.getByTestId(`entry-${karte.phone.id}`).locator('.agreed')).toContainText(t('timeline.done'));
});

test('伴走: three consultations showing its signs bring the suggestion; dismissed, then marked from the header', async ({
  ext,
  openExtensionPage,
}) => {
  const panel = await openExtensionPage('sidepanel.html');
  const p = ui(panel);
  const name = uniqueName('能登製菓');
  await createBusiness(panel, name);
  // Never at intake: the capture views offer no way to mark 伴走.
  await expect(panel.getByRole('button', { name: p.t('banso.mark') })).toHaveCount(0);
  // Not routine: a barrier named, then the business's succession comes up.
  for (const [note, tags] of [
    ['資金繰りの相談。', ['金融']],
    ['借入の返済から目をそらしている。', ['金融', '向き合わない']],
    ['長男への承継時期を相談。', ['事業承継']],
  ] as const) {
    await p.note.fill(note);
    for (const tag of tags) {
      await p.tagSearch.fill(tag);
      await p.tagSearch.press('Enter');
    }
    await p.save.click();
    await expect(p.latest.getByRole('article').first()).toContainText(note);
  }
  const opening = ext.context.waitForEvent('page');
  await panel.getByRole('link', { name: p.t('kartePage.open') }).click();
  const page = await opening;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

  const suggestion = page.getByRole('region', { name: p.t('banso.suggestTitle') });
  await expect(suggestion).toContainText('の相談3回に、伴走支援の兆しがあります');
  await expect(suggestion).toContainText(p.t('banso.signal.process'));
  await expect(suggestion).toContainText(p.t('banso.signal.trigger'));
  await expect(suggestion.getByRole('link')).toHaveCount(3);
  await suggestion.getByRole('button', { name: p.t('banso.dismiss') }).click();
  await expect(suggestion).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('region', { name: p.t('banso.suggestTitle') })).toHaveCount(0);

  await page.getByRole('button', { name: p.t('banso.mark') }).click();
  await expect(page.getByRole('combobox', { name: p.t('kartePage.status') })).toHaveValue('banso');
  await expect(page.getByTestId('banso-since')).toContainText(p.t('banso.since', { date: '' }).trim());
  await expect(page.getByRole('button', { name: p.t('banso.mark') })).toHaveCount(0);
  await page.getByText(p.t('kartePage.statusHistory')).click();
  await expect(page.getByRole('list', { name: p.t('kartePage.statusHistory') }).getByRole('listitem')).toHaveCount(1);
  // The side panel's header follows.
  await expect(panel.getByTestId('karte-status')).toHaveText(p.t('status.banso'));
});

test('print layout: one A4 page with the header, 本質的課題, 将来像, recent consultations and open actions; no buttons', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('karte.html');
  const t = ui(page).t;
  const karte = aKarte();
  Object.assign(karte.business, { essentialIssue: '支払いサイトと入金サイトの差を把握していない', essentialIssueSourceId: karte.visit.id });
  await openKarte(page, karte);
  await page.emulateMedia({ media: 'print' });

  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('corporate-number')).toBeVisible();
  await expect(page.getByTestId('essential-issue')).toContainText('支払いサイトと入金サイトの差を把握していない');
  await expect(page.getByTestId('essential-issue')).toBeVisible();
  await expect(page.getByTestId('vision')).toBeVisible();
  const recent = page.getByRole('region', { name: t('karte.latest') });
  await expect(recent).toBeVisible();
  await expect(recent.getByRole('row')).toHaveCount(3);
  await expect(recent).toContainText(t('timeline.redacted'));
  await expect(page.getByRole('region', { name: t('actions.open') })).toBeVisible();
  const printed = today.replaceAll('-', '/'); // today in Tokyo, as the page dates the print
  await expect(page.getByText(t('kartePage.printedOn', { date: printed }), { exact: true })).toBeVisible();
  await expect(page.getByText(`${t('kartePage.status')}: ${t('status.continuing')}`)).toBeVisible();
  // Buttons, form controls, filters and the full timeline stay off paper.
  for (const control of await page.getByRole('button').all()) await expect(control).toBeHidden();
  for (const control of await page.getByRole('combobox').all()) await expect(control).toBeHidden();
  for (const control of await page.getByRole('checkbox').all()) await expect(control).toBeHidden();
  await expect(page.getByRole('region', { name: t('timeline.heading') })).toBeHidden();
  await expect(page.getByRole('region', { name: t('stage.heading') })).toBeHidden();
  await saveScreenshot(page, 'karte-print-ja');

  const pdf = await page.pdf({ path: 'test-results/karte-print.pdf', preferCSSPageSize: true, printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});

test('conflict copies: both texts side by side; keep the copy, or merge by hand; each settled in the store', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('karte.html');
  const t = ui(page).t;
  const karte = aKarte();
  const onAdvice = recordRow(
    'conflict',
    { recordKind: 'consultation', recordId: karte.visit.id, field: 'advice', text: '金融機関に同行し、返済条件の見直しを相談した。' },
    { authorId: OTHER },
  );
  const onVision = recordRow(
    'conflict',
    { recordKind: 'business', recordId: karte.business.id, field: 'vision', text: '地元の百貨店に常設の売り場を持つ。' },
    { authorId: OTHER },
  );
  await openKarte(page, karte, { conflicts: [onAdvice, onVision] });
  const region = page.getByRole('region', { name: t('conflict.heading', { count: 2 }) });
  await expect(region.getByRole('article')).toHaveCount(2);

  const advice = region.getByRole('article').filter({ hasText: t('field.advice') });
  await expect(advice.getByTestId('conflict-current')).toHaveText('入出金を3か月分書き出し、資金繰り表の形にした。');
  await expect(advice.getByTestId('conflict-copy')).toHaveText('金融機関に同行し、返済条件の見直しを相談した。');
  await advice.getByRole('button', { name: t('conflict.keepCopy') }).click();
  await expect(page.getByRole('region', { name: t('conflict.heading', { count: 1 }) })).toBeVisible();
  await expect(page.getByTestId(`entry-${karte.visit.id}`)).toContainText('金融機関に同行し、返済条件の見直しを相談した。');

  const vision = page.getByRole('article').filter({ hasText: t('kartePage.vision') });
  await vision.getByRole('button', { name: t('conflict.merge') }).click();
  const editor = vision.getByRole('textbox', { name: t('conflict.merged') });
  await expect(editor).toHaveValue('自社ブランドの商品を県外にも届け、下請けから脱却する。\n\n地元の百貨店に常設の売り場を持つ。');
  await editor.fill('自社ブランドの商品を県外にも届け、地元の百貨店にも常設の売り場を持つ。');
  await vision.getByRole('button', { name: t('conflict.saveMerged') }).click();
  await expect(page.getByRole('region', { name: /同時編集の食い違い/ })).toHaveCount(0);
  await expect(page.getByTestId('vision')).toContainText('地元の百貨店にも常設の売り場を持つ。');

  const conflicts = await readRows<{ id: string; deleted: boolean }>(page, 'conflicts');
  expect(conflicts.map((c) => c.deleted)).toEqual([true, true]);
  const outbox = await readRows<{ kind: string; recordId: string; fields: Record<string, unknown> }>(page, 'outbox');
  expect(outbox.map((e) => [e.kind, Object.keys(e.fields)])).toEqual([
    ['consultation', ['advice']],
    ['conflict', ['deleted']],
    ['business', ['vision']],
    ['conflict', ['deleted']],
  ]);
});
