import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Business } from '../../../shared';
import { openServices } from '../../../extension/app/compose';
import { createKartePage } from '../../../extension/app/compose-karte';
import { KartePage } from '../../../extension/app/KartePage';
import { saveDirectory } from '../../../extension/db/directory-repo';
import { I18nContext } from '../../../extension/state/contexts';
import { KartePageContext } from '../../../extension/state/contexts';
import { freshDbName } from '../support/db';
import { button, byLabel, click, renderInto, typeInto, unnamedControls } from '../support/render';

/**
 * The support records on the karte (issue 13): a section each for 補助金・融資, 専門家派遣, 決算の
 * 数値, 需要開拓 and 特定創業支援, rendered with the real store over a fresh IndexedDB; every write
 * goes through the validating repository into the outbox.
 */
beforeEach(() => fakeBrowser.reset());

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

async function renderKarte(fields: Partial<Business> = {}) {
  const services = await openServices(freshDbName());
  const { repo } = await services.loadWrites();
  const business = await repo.create('business', { name: '能登の宿 しおさい', municipality: '七尾市', ...fields });
  const consultation = await repo.create('consultation', {
    businessId: business.id,
    heldAt: '2026-04-01T01:00:00.000Z',
    channel: 'visit',
    inquiry: 'ネット販売の相談',
  });
  await saveDirectory(services.db, {
    organisation: {
      id: 'org',
      name: '七尾商工会議所',
      kind: 'chamber_of_commerce',
      prefecture: 'ishikawa',
      municipality: '七尾市',
      fiscalYearStartMonth: 4,
      bansoRule: null,
      startupAreas: null,
    },
    advisors: [
      { id: ME, name: '佐藤 一郎', jobTitle: 'business_advisor', role: 'advisor', active: true },
      { id: OTHER, name: '山田 花子', jobTitle: 'business_advisor', role: 'advisor', active: true },
    ],
  });
  const store = createKartePage(services, business.id, ME);
  store.start();
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: services.i18n },
      h(KartePageContext.Provider, { value: store }, h(KartePage, { me: ME, today: '2026-04-20' })),
    ),
  );
  await expect.poll(() => root.querySelector('[data-testid="support-records"]')).not.toBeNull();
  const db = services.db;
  const section = (testId: string) => root.querySelector<HTMLElement>(`[data-testid="${testId}"]`)!;
  const outboxKinds = async () => (await db.outbox.toArray()).map((e) => e.kind);
  return { services, db, repo, business, consultation, store, root, section, outboxKinds, text: () => root.textContent ?? '' };
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const openForm = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form.support-form');

describe('support records on the karte', () => {
  it('shows a compact section each, named for screen readers; the founder section only on a founder’s karte', async () => {
    const { root, section } = await renderKarte();
    expect([...root.querySelectorAll('.support-section h2')].map((h2) => h2.textContent)).toEqual([
      '補助金・融資の申請',
      '専門家派遣',
      '決算の数値',
      '需要開拓（展示会・商談会）',
    ]);
    expect(section('applications').textContent).toContain('まだ記録はありません');
    expect(button(root, '申請を追加')).toBeTruthy();
    for (const what of ['申請', '専門家派遣', '決算の数値', '展示会・商談会']) {
      await click(button(root, `${what}を追加`));
      expect(openForm(root)?.getAttribute('aria-label')).toBe(`${what}を追加`);
      expect(unnamedControls(root)).toEqual([]);
      await click(button(root, 'キャンセル'));
      expect(openForm(root)).toBeNull();
      // The keyboard is back where it was: on the section's 「追加」.
      expect(document.activeElement?.getAttribute('aria-label')).toBe(`${what}を追加`);
    }
  });

  it('adds, edits and deletes an application (undo brings it back); amounts typed as people write them', async () => {
    const { root, db, section, outboxKinds } = await renderKarte();
    await click(button(root, '申請を追加'));
    // The first control has the focus: the keyboard starts at 施策.
    expect(document.activeElement).toBe(byLabel(root, '施策'));
    await choose(byLabel(root, '施策'), 'jizokuka');
    await typeInto(byLabel(root, '公募回'), '第17回');
    await typeInto(byLabel(root, '申請日'), '2026-05-20');
    await typeInto(byLabel(root, '申請額（円）'), '５０万円');
    expect(byLabel(root, '支援した指導員').value).toBe(ME);
    await click(button(root, '保存'));
    await expect.poll(() => openForm(root)).toBeNull();
    const [saved] = await db.applications.toArray();
    expect(saved).toMatchObject({
      measure: 'jizokuka',
      round: '第17回',
      appliedOn: '2026-05-20',
      requestedAmount: 500_000,
      result: 'pending',
      advisorId: ME,
    });
    expect(await outboxKinds()).toContain('application');
    await expect.poll(() => section('applications').textContent).toContain('持続化補助金（第17回）');
    expect(section('applications').textContent).toContain('申請額 500,000円');
    expect(section('applications').textContent).toContain('支援: 佐藤 一郎');

    await click(button(root, '持続化補助金（第17回）を編集'));
    await choose(byLabel(root, '結果'), 'adopted');
    await typeInto(byLabel(root, '採択額（円）'), '500,000');
    await typeInto(byLabel(root, '交付決定日'), '2026-08-01');
    await choose(byLabel(root, '支援した指導員'), OTHER);
    expect(unnamedControls(root)).toEqual([]);
    await click(button(root, '保存'));
    await expect.poll(async () => (await db.applications.get(saved!.id))?.result).toBe('adopted');
    expect(await db.applications.get(saved!.id)).toMatchObject({ adoptedAmount: 500_000, grantDecidedOn: '2026-08-01', advisorId: OTHER });
    await expect.poll(() => section('applications').querySelector('.badge')?.textContent).toBe('採択');

    await click(button(root, '持続化補助金（第17回）を削除'));
    await expect.poll(async () => (await db.applications.get(saved!.id))?.deleted).toBe(true);
    await expect
      .poll(() => root.querySelector('[data-testid="undo-toast"]')?.textContent)
      .toContain('持続化補助金（第17回）を削除しました');
    await expect.poll(() => section('applications').textContent).toContain('まだ記録はありません');
    await click(button(root, '元に戻す'));
    await expect.poll(async () => (await db.applications.get(saved!.id))?.deleted).toBe(false);
    await expect.poll(() => section('applications').textContent).toContain('持続化補助金（第17回）');
  });

  it('asks for what is missing or unreadable and keeps what was typed', async () => {
    const { root, db } = await renderKarte();
    await click(button(root, '申請を追加'));
    await click(button(root, '保存'));
    expect(root.querySelector('.support-form [role="alert"]')?.textContent).toBe('施策を選んでください');
    await choose(byLabel(root, '施策'), 'marukei');
    // マル経融資 is a loan: 申込額, 推薦, and no 交付決定.
    await typeInto(byLabel(root, '申込額（円）'), '五百万');
    await click(button(root, '保存'));
    expect(root.querySelector('.support-form [role="alert"]')?.textContent).toContain('金額は円単位の数字で入力してください');
    await typeInto(byLabel(root, '申込額（円）'), '500万');
    await click(byLabel(root, '推薦した（マル経融資の推薦書を提出）'));
    await typeInto(byLabel(root, '推薦日'), '2026-05-10');
    await click(button(root, '保存'));
    await expect.poll(async () => (await db.applications.toArray()).length).toBe(1);
    expect((await db.applications.toArray())[0]).toMatchObject({
      measure: 'marukei',
      requestedAmount: 5_000_000,
      recommended: true,
      recommendedOn: '2026-05-10',
    });
  });

  it('never acts on the Enter or Escape that belong to an IME conversion', async () => {
    const { root, db } = await renderKarte();
    await click(button(root, '展示会・商談会を追加'));
    await typeInto(byLabel(root, '展示会・商談会の名称'), 'ふるさと物産展');
    await typeInto(byLabel(root, '開催日'), '2026-07-10');
    const name = byLabel(root, '展示会・商談会の名称');
    await act(() => {
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));
      openForm(root)!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    expect(openForm(root)).not.toBeNull();
    expect(await db.demandEvents.count()).toBe(0);
    await act(() => {
      name.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true }));
    });
    // A plain Escape cancels.
    await act(() => {
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    });
    expect(openForm(root)).toBeNull();
  });

  it('records a 需要開拓 event and a 専門家派遣 with its visits', async () => {
    const { root, db, section, consultation } = await renderKarte();
    await click(button(root, '展示会・商談会を追加'));
    await choose(byLabel(root, '種類'), 'business_meeting');
    await typeInto(byLabel(root, '開催日'), '2026-07-10');
    await typeInto(byLabel(root, '展示会・商談会の名称'), '北陸ビジネス商談会');
    await typeInto(byLabel(root, '商談件数'), '６件');
    await typeInto(byLabel(root, '成約件数'), '2');
    await typeInto(byLabel(root, '成約額（円）'), '180万');
    await click(button(root, '保存'));
    await expect
      .poll(async () => (await db.demandEvents.toArray())[0])
      .toMatchObject({
        eventKind: 'business_meeting',
        name: '北陸ビジネス商談会',
        heldOn: '2026-07-10',
        meetings: 6,
        deals: 2,
        dealAmount: 1_800_000,
      });
    await expect.poll(() => section('demand-events').textContent).toContain('商談会、2026/07/10、商談6件、成約2件、成約額 1,800,000円');

    await click(button(root, '専門家派遣を追加'));
    await choose(byLabel(root, '派遣の制度'), 'mirasapo');
    await choose(byLabel(root, '謝金の負担'), 'national');
    await typeInto(byLabel(root, '専門家名'), '中小企業診断士 山田太郎');
    await typeInto(byLabel(root, 'テーマ（支援の内容）'), 'ECサイトの立ち上げ');
    await click(button(root, '訪問を追加'));
    await click(button(root, '訪問を追加'));
    await typeInto(byLabel(root, '訪問 1 の日付'), '2026-06-15');
    await typeInto(byLabel(root, '訪問 1 の時間（時間）'), '90分');
    await typeInto(byLabel(root, '訪問 2 の日付'), '2026-06-01');
    await typeInto(byLabel(root, '訪問 2 の時間（時間）'), '2');
    await typeInto(byLabel(root, '訪問 2 のメモ'), '現状の売り方を聞き取り');
    await typeInto(byLabel(root, '謝金（円）'), '3万4000');
    await choose(byLabel(root, '関連する相談記録'), consultation.id);
    expect(unnamedControls(root)).toEqual([]);
    await click(button(root, '保存'));
    await expect
      .poll(async () => (await db.expertDispatches.toArray())[0])
      .toMatchObject({
        scheme: 'mirasapo',
        paidBy: 'national',
        expertName: '中小企業診断士 山田太郎',
        fee: 34_000,
        consultationId: consultation.id,
        visits: [
          { date: '2026-06-01', hours: 2, note: '現状の売り方を聞き取り' },
          { date: '2026-06-15', hours: 1.5, note: '' },
        ],
      });
    await expect.poll(() => section('dispatches').textContent).toContain('訪問2回（2026/06/01、2026/06/15）');
    expect(section('dispatches').textContent).toContain('計3.5時間');
  });

  it('keeps one record per 決算期: a new entry for a recorded one edits it, and says so first', async () => {
    const { root, db, section } = await renderKarte();
    await click(button(root, '決算の数値を追加'));
    await typeInto(byLabel(root, '決算期（決算月）'), '2026-03');
    await typeInto(byLabel(root, '売上高（円）'), '4800万');
    await typeInto(byLabel(root, '営業利益（円）'), '▲120万');
    await click(button(root, '保存'));
    await expect.poll(async () => db.yearlyFigures.count()).toBe(1);
    await expect
      .poll(() => section('figures').querySelector('[data-testid="figures-2026-03"]')?.textContent)
      .toBe('2026年3月期48,000,000円▲1,200,000円編集削除');

    await click(button(root, '決算の数値を追加'));
    await typeInto(byLabel(root, '決算期（決算月）'), '2026-03');
    expect(section('figures').querySelector('.field-warning')?.textContent).toBe(
      '2026年3月期の数値はすでに登録されています。入力した数値で書き換えます（空欄の項目は登録済みのまま）。',
    );
    await typeInto(byLabel(root, '売上総利益・粗利（円）'), '1950万');
    await typeInto(byLabel(root, '従業員数（人）'), '4');
    await click(button(root, '保存'));
    await expect.poll(async () => (await db.yearlyFigures.toArray())[0]?.employees).toBe(4);
    expect(await db.yearlyFigures.toArray()).toEqual([
      expect.objectContaining({
        fiscalPeriod: '2026-03',
        sales: 48_000_000,
        grossProfit: 19_500_000,
        operatingProfit: -1_200_000,
        employees: 4,
      }),
    ]);

    await click(button(root, '決算の数値を追加'));
    await typeInto(byLabel(root, '決算期（決算月）'), '2025-03');
    await typeInto(byLabel(root, '売上高（円）'), '4500万');
    await click(button(root, '保存'));
    await expect.poll(async () => db.yearlyFigures.count()).toBe(2);
    // Newest first.
    await expect
      .poll(() => [...section('figures').querySelectorAll('tbody th')].map((th) => th.textContent))
      .toEqual(['2026年3月期', '2025年3月期']);

    // Moving 2025年3月期 onto 2026年3月期 is refused here, as the server would.
    await click(button(root, '2025年3月期を編集'));
    await typeInto(byLabel(root, '決算期（決算月）'), '2026-03');
    await click(button(root, '保存'));
    await expect
      .poll(() => root.querySelector('[data-testid="karte-notice"]')?.textContent)
      .toContain('2026年3月期の数値はすでに登録されています');
    expect((await db.yearlyFigures.toArray()).map((f) => f.fiscalPeriod).sort()).toEqual(['2025-03', '2026-03']);
  });

  it('records a founder on a 創業予定 karte, then registers the business the founder started', async () => {
    const { root, db, business, section, text } = await renderKarte({ name: '能登 花子', legalForm: 'pre_startup' });
    expect(section('founders').textContent).toContain('特定創業支援');
    await click(button(root, '創業予定者として登録'));
    expect(byLabel(root, '氏名').value).toBe('能登 花子');
    expect(byLabel(root, '証明書を発行する市区町村').value).toBe('七尾市');
    await typeInto(byLabel(root, 'フリガナ'), 'ノト ハナコ');
    await typeInto(byLabel(root, '創業予定の事業'), '古民家カフェ');
    await typeInto(byLabel(root, '設立登記予定日'), '2026-10-01');
    await typeInto(byLabel(root, '証明書番号'), '七尾創第12号');
    await typeInto(byLabel(root, '証明書の発行日'), '2026-08-20');
    expect(unnamedControls(root)).toEqual([]);
    await click(button(root, '保存'));
    await expect
      .poll(async () => (await db.founders.toArray())[0])
      .toMatchObject({
        businessId: business.id,
        name: '能登 花子',
        nameKana: 'ノト ハナコ',
        plannedBusiness: '古民家カフェ',
        registrationPlannedOn: '2026-10-01',
        municipality: '七尾市',
        certificateNumber: '七尾創第12号',
        certificateIssuedOn: '2026-08-20',
        foundedOn: null,
      });
    await expect.poll(() => root.querySelector('[data-testid="founder-certificate"]')?.textContent).toBe('七尾創第12号（2026/08/20 発行）');

    await click(button(root, '事業者として登録（創業した）'));
    await typeInto(byLabel(root, '屋号・法人名'), '古民家カフェ はなこ');
    await click(button(root, '保存'));
    expect(root.querySelector('.support-form [role="alert"]')?.textContent).toBe('法人か個人事業主かを選んでください');
    await choose(byLabel(root, '法人・個人の区分'), 'sole_proprietor');
    await typeInto(byLabel(root, '創業日'), '2026-10-05');
    await click(button(root, '保存'));
    await expect.poll(async () => (await db.businesses.get(business.id))?.name).toBe('古民家カフェ はなこ');
    expect(await db.businesses.get(business.id)).toMatchObject({ legalForm: 'sole_proprietor' });
    expect((await db.founders.toArray())[0]).toMatchObject({ foundedOn: '2026-10-05', businessId: business.id });
    await expect.poll(() => root.querySelector('h1')?.textContent).toBe('古民家カフェ はなこ');
    expect(text()).toContain('創業済み（2026/10/05）');
    // The founder's sessions stay on the karte.
    expect(await db.consultations.where('businessId').equals(business.id).count()).toBe(1);
  });

  it('makes a karte without a legal form 創業予定 when a founder is recorded on it', async () => {
    const { root, db, business, repo } = await renderKarte();
    expect(root.querySelector('[data-testid="founders"]')).toBeNull();
    // A consultation tagged 創業 brings the section.
    await repo.create('consultation', {
      businessId: business.id,
      heldAt: '2026-04-10T01:00:00.000Z',
      channel: 'counter',
      inquiry: '創業の相談',
      tagIds: ['topic-startup'],
    });
    await expect.poll(() => root.querySelector('[data-testid="founders"]')).not.toBeNull();
    await click(button(root, '創業予定者として登録'));
    await click(button(root, '保存'));
    await expect.poll(async () => db.founders.count()).toBe(1);
    expect(await db.businesses.get(business.id)).toMatchObject({ legalForm: 'pre_startup' });
  });
});
