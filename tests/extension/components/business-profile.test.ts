import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Business } from '../../../shared';
import { openServices } from '../../../extension/app/compose';
import { createKartePage } from '../../../extension/app/compose-karte';
import { KartePage } from '../../../extension/app/KartePage';
import { I18nContext } from '../../../extension/state/contexts';
import { KartePageContext } from '../../../extension/state/contexts';
import { freshDbName } from '../support/db';
import { button, byLabel, click, press, renderInto, typeInto, unnamedControls } from '../support/render';

/**
 * The business profile on the karte (issue 12): its editor in sections, rendered with a real
 * store over a fresh IndexedDB, and what the karte shows once it is saved.
 */
beforeEach(() => fakeBrowser.reset());

const ME = '01900000-0000-7000-8000-000000000001';
const NUMBER = '1220001747327';

async function renderKarte(fields: Partial<Business> = {}, seed?: (w: Awaited<ReturnType<typeof world>>) => Promise<void>) {
  const w = await world(fields);
  await seed?.(w);
  const store = createKartePage(w.services, w.business.id, ME);
  store.start();
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: w.services.i18n },
      h(KartePageContext.Provider, { value: store }, h(KartePage, { me: ME, today: '2026-04-20' })),
    ),
  );
  await expect.poll(() => root.querySelector('h1')?.textContent).toBe('能登の宿 しおさい');
  const stored = async () => (await w.services.db.businesses.get(w.business.id))!;
  return { ...w, root, store, stored, text: () => root.textContent ?? '' };
}

async function world(fields: Partial<Business>) {
  const services = await openServices(freshDbName());
  const { repo } = await services.loadWrites();
  const business = await repo.create('business', {
    name: '能登の宿 しおさい',
    membership: 'member',
    externalIds: [{ system: '県ポータル', value: 'P-7' }],
    ...fields,
  });
  await repo.create('consultation', {
    businessId: business.id,
    heldAt: '2026-04-01T01:00:00.000Z',
    channel: 'visit',
    inquiry: '客室の改装の相談',
  });
  return { services, repo, business };
}

const form = (root: HTMLElement) => root.querySelector<HTMLFormElement>('form[aria-label="事業者情報の編集"]');
const options = (root: HTMLElement) => [...root.querySelectorAll('[role="option"]')].map((o) => o.textContent);
const industry = (root: HTMLElement) => byLabel(root, '業種（日本標準産業分類 中分類）') as HTMLInputElement;

async function choose(select: HTMLSelectElement, value: string) {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the business profile on the karte', () => {
  it('edits every field in sections: 業種 found by search, 従業員数, the 小規模 suggestion accepted, an 外部ID from the list, 被災', async () => {
    const { root, stored, text } = await renderKarte();
    await click(button(root, '事業者情報を編集'));
    const f = form(root)!;
    expect([...f.querySelectorAll('legend')].map((l) => l.textContent)).toEqual([
      '基本情報',
      '業種・規模',
      '小規模事業者',
      '強み・弱み',
      '外部ID（他のシステムでの番号）',
    ]);

    // 「飲食」 finds 76 飲食店 (and the other 飲食 middle groups); 「76」 puts it first.
    await typeInto(industry(root), '飲食');
    expect(options(root)).toEqual(expect.arrayContaining(['76 飲食店', '77 持ち帰り・配達飲食サービス業', '58 飲食料品小売業']));
    await typeInto(industry(root), '７５');
    expect(options(root)[0]).toBe('75 宿泊業');
    await press(industry(root), 'Enter');
    expect(industry(root).value).toBe('75 宿泊業');
    expect(f.querySelector('.industry-field .hint')?.textContent).toBe('大分類: M 宿泊業，飲食サービス業');

    await typeInto(byLabel(root, '常時使用する従業員数（人）'), '１２');
    expect(root.querySelector('[data-testid="small-suggestion"]')?.textContent).toBe(
      '宿泊業で従業員12人のため小規模事業者に該当します（宿泊業は20人以下）',
    );
    await click(button(root, '提案どおりにする'));
    expect((byLabel(root, '該当する') as HTMLInputElement).checked).toBe(true);
    expect(root.querySelector('[data-testid="small-decision"]')?.textContent).toBe('提案どおり');

    await choose(byLabel(root, '法人・個人の区分'), 'corporation');
    await typeInto(byLabel(root, '強み'), '海の見える客室');
    await typeInto(byLabel(root, '弱み'), '冬の稼働率');

    // The stored 県ポータル row shows as その他 with its own name; a new row takes a system from the list.
    expect(byLabel(root, '外部ID 1 のシステム').value).toBe('');
    expect(byLabel(root, '外部ID 1 のシステム名').value).toBe('県ポータル');
    await click(button(root, '外部IDを追加'));
    await choose(byLabel(root, '外部ID 2 のシステム'), 'よろず支援拠点の相談システム');
    await typeInto(byLabel(root, '外部ID 2 の番号'), 'Y-2024-031');

    await click(button(root, '被災の情報を追加'));
    await typeInto(byLabel(root, '災害名'), '令和6年能登半島地震');
    await typeInto(byLabel(root, '被害の内容'), '客室の壁が崩れた');
    await choose(byLabel(root, '罹災証明'), 'issued');
    await typeInto(byLabel(root, '罹災証明の日付（申請日・交付日）'), '2024-02-10');
    await choose(byLabel(root, '再建の状況'), 'rebuilding');
    expect(unnamedControls(root)).toEqual([]);

    await click(button(root, '保存'));
    await expect.poll(() => form(root)).toBeNull();
    expect(await stored()).toMatchObject({
      industryMiddle: '75',
      industry: 'M',
      employees: 12,
      smallBusiness: true,
      legalForm: 'corporation',
      strengths: '海の見える客室',
      weaknesses: '冬の稼働率',
      externalIds: [
        { system: '県ポータル', value: 'P-7' },
        { system: 'よろず支援拠点の相談システム', value: 'Y-2024-031' },
      ],
      disasterName: '令和6年能登半島地震',
      disasterDamage: '客室の壁が崩れた',
      disasterCertificate: 'issued',
      disasterCertificateDate: '2024-02-10',
      disasterRecovery: 'rebuilding',
      successor: null,
    });
    const shown = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
    await expect.poll(() => shown('industry-middle')).toBe('75 宿泊業');
    expect(shown('industry')).toBe('（大分類: M 宿泊業，飲食サービス業）');
    expect(shown('employees')).toBe('12人');
    expect(shown('small-business')).toBe('該当する 提案どおり');
    expect(shown('external-ids')).toBe('県ポータル: P-7よろず支援拠点の相談システム: Y-2024-031');
    expect(shown('disaster-name')).toBe('令和6年能登半島地震');
    expect(shown('disaster-certificate')).toBe('交付済み（2024/02/10）');
    expect(root.querySelector('[data-testid="case-succession"]')).toBeNull();
    expect(text()).toContain('事業者情報を保存しました');
  });

  it('keeps the advisor’s decision against the suggestion, and shows that it differs', async () => {
    const { root, stored } = await renderKarte({ industryMiddle: '58', industry: 'I', employees: 8, smallBusiness: null });
    expect(root.querySelector('[data-testid="small-business"]')?.textContent).toBe(
      '未判定提案: 商業・サービス業で従業員8人のため小規模事業者に該当しません（商業・サービス業は5人以下）',
    );
    await click(button(root, '事業者情報を編集'));
    await click(byLabel(root, '該当する'));
    expect(root.querySelector('[data-testid="small-decision"]')?.textContent).toBe('提案と異なる判断（支援者が変更）');
    await click(button(root, '保存'));
    await expect.poll(async () => (await stored()).smallBusiness).toBe(true);
    await expect
      .poll(() => root.querySelector('[data-testid="small-business"]')?.textContent)
      .toBe(
        '該当する 提案と異なる判断（支援者が変更）提案: 商業・サービス業で従業員8人のため小規模事業者に該当しません（商業・サービス業は5人以下）',
      );
  });

  it('warns, without refusing, of another business on this device with the same 法人番号, naming it with a link to its karte', async () => {
    const { root, stored } = await renderKarte({}, async ({ repo }) => {
      await repo.create('business', { name: '有限会社しおさい', corporateNumber: NUMBER });
      const gone = await repo.create('business', { name: '削除した事業者', corporateNumber: NUMBER });
      await repo.remove('business', gone.id);
    });
    await click(button(root, '事業者情報を編集'));
    await typeInto(byLabel(root, '法人番号（13桁）'), '1220001747328');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('法人番号のチェックデジットが一致しません。番号を確かめてください');
    expect(root.querySelector('[data-testid="same-number"]')).toBeNull();
    await typeInto(byLabel(root, '法人番号（13桁）'), '１２２０-００１７-４７３２７');
    await expect.poll(() => root.querySelector('[data-testid="same-number"]')?.textContent).toContain('有限会社しおさい');
    const warning = root.querySelector('[data-testid="same-number"]')!;
    expect(warning.textContent).not.toContain('削除した事業者');
    expect(warning.textContent).toContain('事業者一覧で2件を選んで統合できます');
    expect([...warning.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      expect.stringMatching(/^karte\.html\?id=/),
      'businesses.html',
    ]);
    await click(button(root, '保存'));
    await expect.poll(async () => (await stored()).corporateNumber).toBe(NUMBER);
    // Saved, and the karte keeps saying so.
    await expect.poll(() => root.querySelector('[data-testid="same-number"]')?.textContent).toContain('有限会社しおさい');
  });

  it('never chooses an industry on the Enter that confirms an IME conversion', async () => {
    const { root } = await renderKarte();
    await click(button(root, '事業者情報を編集'));
    await typeInto(industry(root), 'いんしょく');
    await act(() => {
      industry(root).dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, isComposing: true, bubbles: true, cancelable: true }),
      );
    });
    expect(industry(root).value).toBe('いんしょく');
    await typeInto(industry(root), '飲食店');
    await press(industry(root), 'ArrowDown');
    await press(industry(root), 'Escape');
    expect(industry(root).value).toBe('');
    expect(form(root)).not.toBeNull();
  });

  it('asks for the 被災 and 事業承継 sections when a consultation carries their tag, and opens the editor at them', async () => {
    const { root } = await renderKarte({}, async ({ repo, business }) => {
      await repo.create('consultation', {
        businessId: business.id,
        heldAt: '2026-04-10T01:00:00.000Z',
        channel: 'phone',
        tagIds: ['event-disaster', 'topic-succession'],
        inquiry: '被災と後継ぎの相談',
      });
    });
    await expect.poll(() => root.querySelector('[data-testid="case-disaster"]')?.textContent).toContain('被災の状況を記録してください');
    expect(root.querySelector('[data-testid="case-succession"]')?.textContent).toContain('事業承継の状況を記録してください');
    await click(button(root, '事業承継の状況を記入'));
    expect(root.querySelector('[data-testid="succession-fields"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="disaster-fields"]')).not.toBeNull();
    expect(document.activeElement).toBe(byLabel(root, '後継者の有無'));
    await choose(byLabel(root, '後継者の有無'), 'employee');
    await choose(byLabel(root, '事業承継・引継ぎ支援センターへの紹介'), 'referred');
    await typeInto(byLabel(root, '紹介日'), '2026-04-15');
    await click(button(root, '保存'));
    await expect.poll(() => root.querySelector('[data-testid="successor"]')?.textContent).toBe('あり（従業員）');
    expect(root.querySelector('[data-testid="succession-referral"]')?.textContent).toBe('済（2026/04/15）');
  });
});
