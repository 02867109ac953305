import { beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startLinking } from '../../../extension/app/compose-linking';
import type { LocalBusiness } from '../../../extension/db/schema';
import { extractFromDocument, PageAccessError } from '../../../extension/site-rules';
import { nameFromTitle } from '../../../extension/site-rules/name-from-title';
import { createPageBusinessStore } from '../../../extension/state/page-business-store';
import type { SiteRule } from '../../../shared';
import { openCapture } from '../support/capture';

beforeEach(() => fakeBrowser.reset());

const page = (id: string) => `https://bizmil.example.jp/companies/${id}?tab=summary`;
const URL_RULE = {
  name: 'BIZミル',
  system: 'BIZミル',
  urlPattern: 'https://bizmil.example.jp/companies/*',
  extract: { from: 'url' as const, regex: '/companies/(BZ\\d+)' },
};

/** The side panel's real stores beside a tab showing `url`, with the linking started as the panel starts it. */
async function panelBeside(url: string) {
  const capture = await openCapture('panel', url);
  const { repo, stores } = capture;
  await repo.create('siteRule', URL_RULE);
  const ac = new AbortController();
  onTestFinished(() => ac.abort());
  const linking = startLinking(capture.services, stores, ac.signal);
  const [tab] = await fakeBrowser.tabs.query({ active: true, currentWindow: true });
  const draftBusiness = () => stores.editor.current.value.fields.value.businessId;
  return { ...capture, linking, tabId: tab!.id!, draftBusiness };
}

describe('portal linking in the side panel', () => {
  it("opens the karte of the business whose external ID the page's URL carries, and follows an SPA to the next one", async () => {
    const { repo, linking, tabId, draftBusiness } = await panelBeside(page('BZ000123'));
    const first = await repo.create('business', { name: '能登水産', externalIds: [{ system: 'BIZミル', value: 'BZ000123' }] });
    const second = await repo.create('business', { name: '白山酒造', externalIds: [{ system: 'bizミル', value: 'ＢＺ000456' }] });
    await linking.refresh();
    expect(linking.state.value).toMatchObject({ kind: 'found', externalId: 'BZ000123', opened: first.id });
    expect(draftBusiness()).toBe(first.id);

    // history.pushState: only the address changes (tabs.onUpdated with a url, no page load).
    await fakeBrowser.tabs.update(tabId, { url: page('BZ000456') });
    await expect.poll(() => draftBusiness()).toBe(second.id);
    expect(linking.state.value).toMatchObject({ kind: 'found', externalId: 'BZ000456', opened: second.id });
  });

  it("leaves the panel on a business the advisor chose while the page stays, and opens the page's again on coming back", async () => {
    const { repo, linking, tabId, stores, draftBusiness } = await panelBeside(page('BZ000321'));
    const onPage = await repo.create('business', { name: '小松鉄工', externalIds: [{ system: 'BIZミル', value: 'BZ000321' }] });
    const chosen = await repo.create('business', { name: '加賀友禅工房' });
    await linking.refresh();
    expect(draftBusiness()).toBe(onPage.id);
    stores.editor.current.value.update({ businessId: chosen.id });
    await linking.refresh(); // e.g. the page's title changed
    expect(draftBusiness()).toBe(chosen.id);
    expect(linking.state.value).toMatchObject({ kind: 'found', opened: null });
    await fakeBrowser.tabs.update(tabId, { url: 'https://example.com/mail' });
    await expect.poll(() => linking.state.value.kind).toBe('none');
    await fakeBrowser.tabs.update(tabId, { url: page('BZ000321') });
    await expect.poll(() => draftBusiness()).toBe(onPage.id);
  });

  it('does not move a note typed for another business by itself, but does when the advisor asks', async () => {
    const { repo, linking, stores, draftBusiness } = await panelBeside(page('BZ000777'));
    const typedFor = await repo.create('business', { name: '加賀印刷' });
    const onPage = await repo.create('business', { name: '七尾漆器', externalIds: [{ system: 'BIZミル', value: 'BZ000777' }] });
    stores.editor.current.value.update({ businessId: typedFor.id, inquiry: '途中まで書いたメモ' });
    await linking.refresh();
    expect(linking.state.value).toMatchObject({ kind: 'found', opened: null });
    expect(draftBusiness()).toBe(typedFor.id);
    linking.open(onPage.id);
    expect(draftBusiness()).toBe(onPage.id);
    expect(linking.state.value).toMatchObject({ opened: onPage.id });
  });

  it('links an unknown ID to a chosen business, or registers a new business with it', async () => {
    const { repo, db, linking, tabId, draftBusiness } = await panelBeside(page('BZ000900'));
    await expect.poll(() => linking.state.value.kind).toBe('unlinked');
    const chosen = await repo.create('business', { name: '珠洲製塩', externalIds: [{ system: 'TOAS', value: 'T-1' }] });
    expect((await linking.search('珠洲')).map((b) => b.id)).toEqual([chosen.id]);
    await linking.link(chosen);
    expect((await db.businesses.get(chosen.id))?.externalIds).toEqual([
      { system: 'TOAS', value: 'T-1' },
      { system: 'BIZミル', value: 'BZ000900' },
    ]);
    expect(draftBusiness()).toBe(chosen.id);

    // The fake tab takes the title too (a real navigation brings the page's own).
    const next = { url: page('BZ000901'), title: '輪島塗工房 | 事業者カルテ | BIZミル' };
    await fakeBrowser.tabs.update(tabId, next);
    await expect.poll(() => linking.state.value).toMatchObject({ kind: 'unlinked', externalId: 'BZ000901' });
    const state = linking.state.value;
    expect(state.kind === 'unlinked' && nameFromTitle(state.pageTitle)).toBe('輪島塗工房');
    await linking.register('輪島塗工房');
    const created = (await db.businesses.toArray()).find((b) => b.name === '輪島塗工房');
    expect(created?.externalIds).toEqual([{ system: 'BIZミル', value: 'BZ000901' }]);
    expect(draftBusiness()).toBe(created?.id);
  });

  it('does nothing on a page no rule covers', async () => {
    const { linking, draftBusiness } = await panelBeside('https://example.com/news');
    await linking.refresh();
    expect(linking.state.value).toEqual({ kind: 'none' });
    expect(draftBusiness()).toBeNull();
  });
});

describe('portal linking: reading the ID from the page', () => {
  const SELECTOR_RULE: SiteRule = {
    id: 'r1',
    name: 'TOAS 会員',
    system: 'TOAS',
    urlPattern: 'toas.example.jp/*',
    enabled: true,
    extract: { from: 'selector', selector: '#member', attribute: 'data-member-id', regex: null },
  };
  const html = (id: string) =>
    new DOMParser().parseFromString(`<main><h1 id="member" data-member-id="${id}">会員</h1></main>`, 'text/html');
  const aBusiness = (id: string, value: string) =>
    ({ id, name: id, deleted: false, externalIds: [{ system: 'TOAS', value }] }) as unknown as LocalBusiness;

  /** The store over a tab whose page shows `docs` one after the other (an SPA drawing late), read with the real extractor. */
  function storeOver(docs: Document[], businesses: LocalBusiness[], url = { value: 'https://toas.example.jp/members/1' }) {
    let reads = 0;
    const opened: string[] = [];
    let current: string | null = null;
    const store = createPageBusinessStore({
      activeTab: async () => ({ id: 7, windowId: 1, url: url.value, title: '' }),
      readFromPage: async (_tab, rule) => extractFromDocument(rule, docs[Math.min(reads++, docs.length - 1)]!),
      businesses: async () => businesses,
      search: async () => [],
      addExternalId: async () => {},
      createBusiness: async () => businesses[0]!,
      open: (id) => (opened.push(id), (current = id), true),
      current: () => current,
      wait: async () => {},
    });
    return { store, opened, url, reads: () => reads };
  }

  it('reads the attribute of the element, and after an SPA changes its address waits for the new business to be drawn', async () => {
    const docs = [html('M-1'), html('M-1'), html('M-1'), html('M-2')];
    const { store, opened, url, reads } = storeOver(docs, [aBusiness('b1', 'M-1'), aBusiness('b2', 'M-2')]);
    await store.setRules([SELECTOR_RULE]);
    expect(store.state.value).toMatchObject({ kind: 'found', externalId: 'M-1', opened: 'b1' });
    expect(reads()).toBe(1);
    url.value = 'https://toas.example.jp/members/2';
    await store.refresh();
    expect(store.state.value).toMatchObject({ kind: 'found', externalId: 'M-2', opened: 'b2' });
    expect(opened).toEqual(['b1', 'b2']);
  });

  it('lists duplicate kartes without choosing, and says when the page may not be read', async () => {
    const { store, opened } = storeOver([html('M-3')], [aBusiness('b3', 'M-3'), aBusiness('b4', 'm-3')]);
    await store.setRules([SELECTOR_RULE]);
    expect(store.state.value).toMatchObject({ kind: 'found', opened: null, businesses: [{ id: 'b3' }, { id: 'b4' }] });
    expect(opened).toEqual([]);

    const denied = createPageBusinessStore({
      activeTab: async () => ({ id: 7, windowId: 1, url: 'https://toas.example.jp/members/9', title: '' }),
      readFromPage: async () => {
        throw new PageAccessError('Cannot access contents of the page');
      },
      businesses: async () => [],
      search: async () => [],
      addExternalId: async () => {},
      createBusiness: async () => {
        throw new Error('unused');
      },
      open: () => true,
      current: () => null,
    });
    await denied.setRules([SELECTOR_RULE]);
    expect(denied.state.value).toMatchObject({ kind: 'denied' });
  });
});
