import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { SearchBox } from '../../../extension/components/search/SearchBox';
import { loadTaxonomy } from '../../../extension/db/tag-queries';
import type { ShownHit } from '../../../extension/search/protocol';
import { I18nContext } from '../../../extension/state/contexts';
import { createSearchStore } from '../../../extension/state/search-store';
import type { Viewer } from '../../../extension/org/viewer';
import { aStore, connected, settled } from '../search/service-support';
import { freshDbName } from '../support/db';
import { byLabel, press, renderInto, typeInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const heldAt = '2026-04-01T01:00:00.000Z';
const ADVISOR = '0190a5a0-0000-7000-8000-000000000001';
const LOCAL_ONLY: Viewer = { signedIn: false, advisorId: null, role: null };

/** The search box on a real store, answered by the real service over fake-indexeddb. */
async function renderSearch(viewer: Viewer = LOCAL_ONLY) {
  const services = await openServices(freshDbName());
  const { db, repo } = await aStore(services.db);
  const business = await repo.create('business', { name: '能登水産' });
  const open = await repo.create('consultation', {
    businessId: business.id,
    heldAt,
    channel: 'visit',
    inquiry: '販路開拓として<b>ネット通販</b>を始めたい',
  });
  const sensitive = await repo.create('consultation', {
    businessId: business.id,
    heldAt,
    channel: 'phone',
    sensitive: true,
    inquiry: '家族の介護で店を閉める日が増え、ネット通販に頼りたい',
  });
  await db.consultations.update(sensitive.id, { authorId: '0190a5a0-0000-7000-8000-0000000000ff' });
  const { service, client } = connected(db);
  await service.start();
  const store = createSearchStore({ client, viewer, debounceMs: 0 });
  const opened: ShownHit[] = [];
  const root = await renderInto(
    h(
      I18nContext.Provider,
      { value: services.i18n },
      h(SearchBox, { store, taxonomy: await loadTaxonomy(db), onOpen: (hit) => opened.push(hit) }),
    ),
  );
  const box = byLabel(root, '事業者・相談記録・次の行動・タグを検索');
  const options = () => [...root.querySelectorAll('[role="option"]')];
  const find = async (q: string) => {
    await typeInto(box, q);
    await act(() => store.settle());
  };
  return { root, box, store, options, find, opened, business, open, sensitive, repo, service };
}

describe('search box', () => {
  it('shows hits as you type with the match in <mark>, the note text never read as markup', async () => {
    const { find, options, root } = await renderSearch();
    await find('ネット通販');
    expect(options()).toHaveLength(2);
    const first = options().find((o) => o.textContent?.includes('<b>'))!;
    expect(first.querySelector('b')).toBeNull();
    expect([...first.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['ネット通販']);
    expect(first.textContent).toContain('能登水産');
    expect(root.querySelector('[data-testid="search-status"]')?.textContent).toBe('2件見つかりました。');
    expect(unnamedControls(root)).toEqual([]);
  });

  it('moves through the hits with ↑/↓ and opens the chosen one with Enter (the first without a choice)', async () => {
    const { find, box, options, opened, business, store } = await renderSearch();
    await find('能登水産');
    await press(box, 'Enter');
    expect(opened.map((h) => h.id)).toEqual([business.id]);
    await find('ネット通販');
    await press(box, 'ArrowDown');
    await press(box, 'ArrowDown');
    await press(box, 'ArrowDown');
    expect(options().map((o) => o.getAttribute('aria-selected'))).toEqual(['false', 'true']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    await press(box, 'ArrowUp');
    await press(box, 'Enter');
    expect(opened).toHaveLength(2);
    expect(opened[1]!.id).toBe(store.hits.value[0]!.id);
  });

  it('narrows by channel and leaves out 機微 notes of others for an advisor who is not a manager', async () => {
    const advisor = await renderSearch({ signedIn: true, advisorId: ADVISOR, role: 'advisor' });
    await advisor.find('ネット通販');
    expect(advisor.options().map((o) => o.textContent)).toEqual([expect.stringContaining('販路開拓')]);
    expect(advisor.root.textContent).toContain('機微情報を含む記録は、書いた本人と、管理職・システム管理者だけが検索できます。');

    const manager = await renderSearch({ signedIn: true, advisorId: ADVISOR, role: 'manager' });
    await manager.find('ネット通販');
    expect(manager.options()).toHaveLength(2);
    await act(() => manager.store.setFilters({ channel: 'phone' }));
    await act(() => manager.store.settle());
    expect(manager.options().map((o) => o.textContent)).toEqual([expect.stringContaining('介護')]);
    const channel = byLabel(manager.root, '相談方法');
    expect(channel.value).toBe('phone');
  });

  it('shows a next action under its business with its text highlighted, and opens it with the consultation it was agreed in', async () => {
    const { box, find, options, opened, repo, service, business, open } = await renderSearch();
    const action = await repo.create('action', { businessId: business.id, consultationId: open.id, side: 'advisor', text: '見積書を送る' });
    await settled(service);
    await find('見積書');
    expect(options()).toHaveLength(1);
    const [hit] = options();
    expect(hit!.getAttribute('data-kind')).toBe('action');
    expect(hit!.querySelector('.search-kind')?.textContent).toBe('次の行動');
    expect(hit!.querySelector('.search-title')?.textContent).toBe('能登水産');
    // The kind already says what the text is: no field label repeats it.
    expect(hit!.querySelector('.search-snippet')?.textContent).toBe('見積書を送る');
    expect([...hit!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['見積書']);
    await press(box, 'Enter');
    expect(opened).toMatchObject([{ id: action.id, kind: 'action', businessId: business.id, consultationId: open.id }]);
  });

  it('says when nothing matches', async () => {
    const { find, root } = await renderSearch();
    await find('存在しない言葉');
    expect(root.querySelector('[data-testid="search-status"]')?.textContent).toBe('該当する記録はありません。');
  });
});
