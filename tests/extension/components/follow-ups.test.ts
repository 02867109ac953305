import { h } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createFollowUps } from '../../../extension/app/compose-karte';
import { FollowUps } from '../../../extension/app/FollowUps';
import { todayIn } from '../../../extension/karte/due';
import { addDays } from '../../../extension/dates/local-date';
import { I18nContext } from '../../../extension/state/contexts';
import { authoredBy } from '../support/karte';
import { freshDbName } from '../support/db';
import { button, click, renderInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

const ME = '01900000-0000-7000-8000-000000000001';
const OTHER = '01900000-0000-7000-8000-000000000002';

async function renderList(me: string | null) {
  const services = await openServices(freshDbName());
  const { repo } = await services.loadWrites();
  const today = todayIn(new Date());
  const mine = await repo.create('business', { name: '山田商店' });
  const theirs = await repo.create('business', { name: '川上製作所' });
  await authoredBy(services.db, 'business', theirs.id, OTHER);
  const add = (businessId: string, text: string, dueDate: string | null) =>
    repo.create('action', { businessId, side: 'owner', text, dueDate });
  const late = await add(mine.id, '決算書を預かる', addDays(today, -3));
  await add(mine.id, '資金繰り表を作る', today);
  await add(mine.id, '見積りを出す', addDays(today, 2));
  await add(mine.id, '展示会の申込み', addDays(today, 30));
  const other = await add(theirs.id, '他の支援者の行動', today);
  await authoredBy(services.db, 'action', other.id, OTHER);
  const store = createFollowUps(services, me);
  store.start();
  const root = await renderInto(
    h(I18nContext.Provider, { value: services.i18n }, h(FollowUps, { store, advisorName: me ? '佐藤' : null })),
  );
  await expect.poll(() => root.querySelectorAll('.follow-up-list li').length).toBeGreaterThan(0);
  const section = (heading: RegExp) =>
    [...root.querySelectorAll('section')].find((s) => heading.test(s.querySelector('h2')?.textContent ?? ''))!;
  return { root, services, mine, late, section };
}

describe('follow-up list', () => {
  it('sorts the advisor’s actions into overdue, today and upcoming, each linking to its karte', async () => {
    const { root, mine, section } = await renderList(ME);
    expect(root.textContent).toContain('佐藤 さんの行動');
    const overdue = section(/^期日超過/);
    expect(overdue.querySelector('h2')?.textContent).toBe('期日超過（1件）');
    expect(overdue.textContent).toContain('決算書を預かる');
    expect(overdue.textContent).toContain('3日超過');
    expect(overdue.querySelector('a')?.getAttribute('href')).toBe(`karte.html?id=${mine.id}`);
    expect(section(/^今日が期日/).textContent).toContain('資金繰り表を作る');
    expect(section(/^今日が期日/).textContent).not.toContain('他の支援者の行動');
    expect(section(/^今後7日間/).textContent).toContain('見積りを出す');
    expect(section(/^それ以降/).textContent).toContain('展示会の申込み');
    expect(unnamedControls(root)).toEqual([]);
  });

  it('shows everyone’s actions when no advisor is signed in', async () => {
    const { root, section } = await renderList(null);
    expect(root.textContent).toContain('すべての事業者の行動');
    expect(section(/^今日が期日/).textContent).toContain('他の支援者の行動');
  });

  it('marks an action done from the list', async () => {
    const { services, late, section } = await renderList(ME);
    await click(button(section(/^期日超過/), '完了にする: 決算書を預かる'));
    await expect.poll(() => section(/^期日超過/).querySelector('h2')?.textContent).toBe('期日超過（0件）');
    expect((await services.db.actions.get(late.id))!.done).toBe(true);
  });
});
