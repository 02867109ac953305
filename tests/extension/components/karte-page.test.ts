import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createKartePage } from '../../../extension/app/compose-karte';
import { DEFAULT_BANSO_RULE } from '../../../shared/banso-rule';
import { loadDirectory, saveDirectory } from '../../../extension/db/directory-repo';
import { KartePage } from '../../../extension/app/KartePage';
import { I18nContext } from '../../../extension/state/contexts';
import { KartePageContext } from '../../../extension/state/contexts';
import { authoredBy } from '../support/karte';
import { freshDbName } from '../support/db';
import { button, byLabel, click, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';
/** A colleague who was 同席 once and has since been disabled. */
const RETIRED = '01900000-0000-7000-8000-000000000003';
/** Someone the device's directory does not know (yet). */
const STRANGER = '0191f3a2-0000-7000-8000-0000000000f1';
const HOSTILE = '<img src=x onerror="alert(1)">値上げが怖い';
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function renderKarte(seed?: (ctx: Awaited<ReturnType<typeof world>>) => Promise<void>, onShown?: () => void) {
  const w = await world();
  await seed?.(w);
  const store = createKartePage(w.services, w.business.id, ME);
  store.start();
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: w.services.i18n },
      h(KartePageContext.Provider, { value: store }, h(KartePage, { me: ME, today: '2026-04-20', onShown })),
    ),
  );
  await expect.poll(() => root.querySelectorAll('.timeline-entry').length).toBeGreaterThan(0);
  await expect.poll(() => store.groups.value.length).toBeGreaterThan(0);
  return { ...w, root, store, text: () => root.textContent ?? '' };
}

async function world() {
  const services = await openServices(freshDbName());
  const { repo } = await services.loadWrites();
  const business = await repo.create('business', {
    name: '株式会社東洋商事',
    corporateNumber: '1220001747327',
    industry: 'I',
    membership: 'member',
    externalIds: [{ system: 'BIZミル', value: 'B-1024' }],
    status: 'continuing',
  });
  const visit = await repo.create('consultation', {
    businessId: business.id,
    heldAt: daysAgo(40),
    channel: 'visit',
    programme: 'kaizen_fukyu',
    tagIds: ['topic-finance', 'step-understanding'],
    inquiry: '資金繰りが苦しい',
    ownerWords: HOSTILE,
    advice: '資金繰り表を一緒に作った',
    insight: '月末に支払いが集中している',
    essentialIssue: '支払いサイトを把握していない',
  });
  const phone = await repo.create('consultation', {
    businessId: business.id,
    heldAt: daysAgo(20),
    channel: 'phone',
    tagIds: ['topic-sales', 'wall-unseen'],
    inquiry: '販路の相談',
    advisorIds: [OTHER, RETIRED, STRANGER],
  });
  // What the background keeps after a sync: the organisation's advisors by name.
  await saveDirectory(services.db, {
    organisation: {
      id: 'org',
      name: '輪島商工会',
      kind: 'society_of_commerce',
      prefecture: 'ishikawa',
      municipality: '輪島市',
      fiscalYearStartMonth: 4,
      bansoRule: null,
      startupAreas: null,
    },
    advisors: [
      { id: ME, name: '佐藤 一郎', jobTitle: 'business_advisor', role: 'advisor', active: true },
      { id: OTHER, name: '山田 花子', jobTitle: 'support_officer', role: 'advisor', active: true },
      { id: RETIRED, name: '田中 次郎', jobTitle: null, role: 'advisor', active: false },
    ],
  });
  const secret = await repo.create('consultation', {
    businessId: business.id,
    heldAt: daysAgo(10),
    channel: 'counter',
    tagIds: ['topic-finance'],
    inquiry: '家族の借入',
    sensitive: true,
  });
  // As a pull delivers a 機微 note of another advisor: authored elsewhere, its text emptied.
  await authoredBy(services.db, 'consultation', secret.id, OTHER);
  await services.db.consultations.update(secret.id, { redacted: true, inquiry: '' });
  await repo.create('action', {
    businessId: business.id,
    consultationId: visit.id,
    side: 'owner',
    text: '資金繰り表を毎月更新する',
    dueDate: '2026-04-10',
  });
  await repo.create('action', {
    businessId: business.id,
    consultationId: visit.id,
    side: 'advisor',
    text: 'マル経の資料を送る',
    dueDate: null,
  });
  return { services, repo, business, visit, phone, secret };
}

describe('karte page', () => {
  it('shows the header, the timeline with the owner’s words as text, redacted notes, and open actions', async () => {
    const { root, text, visit } = await renderKarte();
    expect(root.querySelector('h1')?.textContent).toBe('株式会社東洋商事');
    expect(root.querySelector('[data-testid="corporate-number"]')?.textContent).toBe('1220001747327');
    expect(root.querySelector('[data-testid="industry"]')?.textContent).toBe('卸売業，小売業');
    expect(root.querySelector('[data-testid="membership"]')?.textContent).toBe('会員');
    expect(root.querySelector('[data-testid="external-ids"]')?.textContent).toBe('BIZミル: B-1024');
    const entry = root.querySelector(`[data-testid="entry-${visit.id}"]`)!;
    expect(entry.querySelector('img')).toBeNull();
    expect(entry.querySelector('.dialogue-ownerWords dd')?.textContent).toBe(HOSTILE);
    expect(entry.textContent).toContain('資金繰り表を一緒に作った');
    expect(entry.textContent).toContain('月末に支払いが集中している');
    expect(entry.querySelector('.agreed')?.textContent).toContain('資金繰り表を毎月更新する');
    expect(root.querySelector('[data-testid="redacted"]')?.textContent).toBe('機微情報（閲覧権限がありません）');
    expect(text()).not.toContain('家族の借入');
    const actions = root.querySelector('[data-testid="open-actions"]')!;
    expect(actions.textContent).toMatch(/経営者側.*資金繰り表を毎月更新する.*期日超過.*支援者側.*マル経の資料を送る.*期日なし/);
    expect(unnamedControls(root)).toEqual([]);
  });

  it('names who wrote each consultation and who was 同席: 自分, colleagues by name, a disabled one marked, never an id', async () => {
    const { root, phone, secret } = await renderKarte();
    const entry = (id: string) => root.querySelector(`[data-testid="entry-${id}"]`)!;
    await expect
      .poll(() => entry(phone.id).querySelector('[data-testid="entry-co-advisors"]')?.textContent)
      .toBe('同席: 山田 花子、田中 次郎（無効）、不明な支援者');
    expect(entry(phone.id).querySelector('[data-testid="entry-author"]')?.textContent).toBe('自分');
    expect(entry(secret.id).querySelector('[data-testid="entry-author"]')?.textContent).toBe('山田 花子');
    // Ids are hex with letters among the digits (0191f3a2…); 法人番号 and dates are digits only.
    expect(root.textContent).not.toMatch(/(?<![0-9a-z])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{8,}/i);
  });

  it('narrows the timeline by tag, channel and advisor, and clears the filters', async () => {
    const { root, visit, secret } = await renderKarte();
    const count = () => root.querySelector('[data-testid="timeline-count"]')?.textContent;
    const ids = () => [...root.querySelectorAll('.timeline-entry')].map((e) => e.getAttribute('data-testid'));
    expect(count()).toBe('3件 / 全3件');
    await act(() => {
      const select = byLabel(root, 'タグ');
      select.value = 'topic-finance';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual([`entry-${secret.id}`, `entry-${visit.id}`]);
    await act(() => {
      const select = byLabel(root, '相談方法');
      select.value = 'visit';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual([`entry-${visit.id}`]);
    await click(button(root, '絞り込みを解除'));
    await act(() => {
      const select = byLabel(root, '支援者');
      expect([...select.options].map((o) => o.text)).toEqual(['すべて', '山田 花子', '自分']);
      select.value = OTHER;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(ids()).toEqual([`entry-${secret.id}`]);
  });

  it('suggests 伴走 when the consultations show its signs, naming them; dismissing keeps it quiet', async () => {
    const { root, text, services, business } = await renderKarte(async ({ repo, business }) => {
      await repo.create('consultation', {
        businessId: business.id,
        heldAt: daysAgo(5),
        channel: 'online',
        tagIds: ['topic-finance'],
        inquiry: '三回目の金融相談',
      });
    });
    await expect.poll(() => root.querySelector('[data-testid="banso-suggestion"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="banso-suggestion"]')?.textContent).toMatch(
      /.+〜.+ の相談\d回に、伴走支援の兆しがあります（本質的課題の記録、経営者の言葉・気づき、伴走ステップ・5つの壁）/,
    );
    await click(button(root, '今は見送る'));
    await expect.poll(() => root.querySelector('[data-testid="banso-suggestion"]')).toBeNull();
    expect((await services.db.businesses.get(business.id))!.bansoSuggestionDismissedAt).not.toBeNull();
    expect(text()).toContain('提案を見送りました');
  });

  it('follows the organisation’s rule as the directory brings it: a stricter one takes the suggestion away at once', async () => {
    const { root, services } = await renderKarte(async ({ repo, business }) => {
      await repo.create('consultation', {
        businessId: business.id,
        heldAt: daysAgo(5),
        channel: 'online',
        tagIds: ['topic-finance'],
        inquiry: '三回目の金融相談',
      });
    });
    await expect.poll(() => root.querySelector('[data-testid="banso-suggestion"]')).not.toBeNull();
    const { organisation, advisors } = await loadDirectory(services.db);
    await saveDirectory(services.db, {
      organisation: { ...organisation!, bansoRule: { ...DEFAULT_BANSO_RULE, consultations: 5, routineTagIds: [], triggerTagIds: [] } },
      advisors,
    });
    await expect.poll(() => root.querySelector('[data-testid="banso-suggestion"]')).toBeNull();
    await saveDirectory(services.db, { organisation: { ...organisation!, bansoRule: null, startupAreas: null }, advisors });
    await expect.poll(() => root.querySelector('[data-testid="banso-suggestion"]')).not.toBeNull();
  });

  it('marks the karte 伴走 from the header at any time, dating it and keeping the history', async () => {
    const { root, services, business } = await renderKarte();
    await click(button(root, '伴走支援を開始する'));
    await expect.poll(() => root.querySelector('[data-testid="banso-since"]')).not.toBeNull();
    const stored = (await services.db.businesses.get(business.id))!;
    expect(stored.status).toBe('banso');
    expect(stored.statusChanges.map((c) => c.status)).toEqual(['banso']);
    expect(root.querySelector('.status-history')?.textContent).toContain('伴走支援中');
    expect(() => button(root, '伴走支援を開始する')).toThrow();
  });

  it('adopts a consultation’s 本質的課題 and links the karte to it; edits the 将来像 inline', async () => {
    const { root, services, business, visit } = await renderKarte();
    const adopt = root.querySelector<HTMLButtonElement>(`[data-testid="entry-${visit.id}"] .dialogue-essentialIssue button`)!;
    await click(adopt);
    await expect.poll(() => root.querySelector('[data-testid="essential-issue"]')?.textContent).toContain('支払いサイトを把握していない');
    expect(root.querySelector('[data-testid="essential-issue-source"] a')?.getAttribute('href')).toBe(
      `karte.html?id=${business.id}#c-${visit.id}`,
    );
    // Opened and saved unchanged: the issue keeps its source.
    await click(button(root, '本質的課題を編集'));
    await click(button(root, '保存'));
    expect((await services.db.businesses.get(business.id))!.essentialIssueSourceId).toBe(visit.id);

    await click(button(root, '将来像を編集'));
    await typeInto(byLabel(root, '将来像を編集'), '  自社ブランドを県外へ  ');
    await click(button(root, '保存'));
    await expect.poll(() => root.querySelector('[data-testid="vision"]')?.textContent).toContain('自社ブランドを県外へ');
    expect(root.querySelector('[data-testid="vision-source"]')?.textContent).toBe('カルテに直接記入');
    expect((await services.db.businesses.get(business.id))!.vision).toBe('自社ブランドを県外へ');
  });

  it('resolves a conflict copy: both texts side by side, keep either or merge by hand', async () => {
    const { root, services, visit, phone } = await renderKarte(async ({ repo, visit, phone }) => {
      await repo.create('conflict', { recordKind: 'consultation', recordId: visit.id, field: 'advice', text: '金融機関に同行する' });
      await repo.create('conflict', { recordKind: 'consultation', recordId: phone.id, field: 'inquiry', text: '展示会の相談' });
    });
    await expect.poll(() => root.querySelectorAll('.conflict').length).toBe(2);
    const [first, second] = [...root.querySelectorAll<HTMLElement>('.conflict')];
    expect(first!.querySelector('[data-testid="conflict-current"]')?.textContent).toBe('資金繰り表を一緒に作った');
    expect(first!.querySelector('[data-testid="conflict-copy"]')?.textContent).toBe('金融機関に同行する');
    expect(first!.querySelector('h3')?.textContent).toMatch(/の相談の「助言・支援内容」$/);

    await click(button(second!, 'もう一方の文章を残す'));
    await expect.poll(() => root.querySelectorAll('.conflict').length).toBe(1);
    expect((await services.db.consultations.get(phone.id))!.inquiry).toBe('展示会の相談');

    await click(button(first!, '手で統合して保存'));
    const editor = byLabel(first!, '統合した文章');
    expect(editor.value).toBe('資金繰り表を一緒に作った\n\n金融機関に同行する');
    await typeInto(editor, '資金繰り表を一緒に作り、金融機関に同行する');
    await click(button(first!, '統合した文章を保存'));
    await expect.poll(() => root.querySelectorAll('.conflict').length).toBe(0);
    expect((await services.db.consultations.get(visit.id))!.advice).toBe('資金繰り表を一緒に作り、金融機関に同行する');
    expect(await services.db.conflicts.filter((c) => !c.deleted).count()).toBe(0);
  });

  it('renders the newest entries first and the rest of a long timeline right after, then says it is shown', async () => {
    const entriesWhenShown: number[] = [];
    const { root } = await renderKarte(
      async ({ repo, business }) => {
        for (let i = 0; i < 40; i++) {
          await repo.create('consultation', {
            businessId: business.id,
            heldAt: daysAgo(100 + i),
            channel: 'email',
            inquiry: `過去の相談 ${i}`,
          });
        }
      },
      () => entriesWhenShown.push(document.querySelectorAll('.timeline-entry').length),
    );
    await expect.poll(() => root.querySelectorAll('.timeline-entry').length).toBe(43);
    await expect.poll(() => entriesWhenShown).toEqual([43]);
    expect(root.querySelector('[data-testid="timeline-count"]')?.textContent).toBe('43件 / 全43件');
    expect(root.querySelector('.timeline-list > li:last-child article')?.textContent).toContain('過去の相談 39');
  });

  it('shows text copied from a 機微 note it may not read as hidden, not as blank, and offers no edit over it', async () => {
    const { root, text } = await renderKarte(async ({ services, business, secret, repo }) => {
      const action = await repo.create('action', {
        businessId: business.id,
        consultationId: secret.id,
        side: 'owner',
        text: '借入を家族に話す',
      });
      await repo.update('business', business.id, { essentialIssue: '家族の借入の整理', essentialIssueSourceId: secret.id });
      // As pulled by this advisor, who may not read the 機微 consultation: the copies come emptied.
      await services.db.businesses.update(business.id, { essentialIssue: '', redacted: true });
      await services.db.actions.update(action.id, { text: '', redacted: true });
    });
    const issue = root.querySelector('[data-testid="essential-issue"]')!;
    expect(issue.textContent).toContain('機微情報のため表示できません');
    expect(issue.textContent).toContain('機微');
    expect(issue.querySelector('button')).toBeNull();
    expect(root.querySelector('[data-testid="open-actions"]')!.textContent).toContain('機微情報のため表示できません');
    expect(root.querySelector('[aria-label="完了にする: 機微情報のため表示できません"]')).not.toBeNull();
    expect(text()).not.toContain('借入');
  });

  it('marks a 本質的課題 adopted from a 機微 note for the advisor who may read it', async () => {
    const { root } = await renderKarte(async ({ business, repo }) => {
      const own = await repo.create('consultation', {
        businessId: business.id,
        heldAt: daysAgo(5),
        channel: 'counter',
        inquiry: '社長の体調',
        essentialIssue: '承継時期の決定',
        sensitive: true,
      });
      await repo.update('business', business.id, { essentialIssue: '承継時期の決定', essentialIssueSourceId: own.id });
    });
    const issue = root.querySelector('[data-testid="essential-issue"]')!;
    expect(issue.textContent).toContain('承継時期の決定');
    expect(issue.querySelector('.badge-sensitive')?.textContent).toBe('機微情報');
  });

  it('says so when the business does not exist', async () => {
    const services = await openServices(freshDbName());
    const store = createKartePage(services, 'no-such-business', null);
    store.start();
    const root = await renderInto(
      h(
        I18nContext.Provider,
        { value: services.i18n },
        h(KartePageContext.Provider, { value: store }, h(KartePage, { me: null, today: '2026-04-20' })),
      ),
    );
    await expect.poll(() => root.querySelector('[role="alert"]')?.textContent).toContain('この事業者は見つかりません');
  });
});
