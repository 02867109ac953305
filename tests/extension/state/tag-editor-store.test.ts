import { h } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openServices } from '../../../extension/app/compose';
import { createTaxonomy } from '../../../extension/app/compose-capture';
import { createTagEditor } from '../../../extension/app/compose-organisation';
import { TagSection } from '../../../extension/components/org/TagSection';
import { tagName } from '../../../extension/components/tag-name';
import { translator } from '../../../extension/locales';
import { I18nContext } from '../../../extension/state/contexts';
import { freshDbName } from '../support/db';
import { button, click, renderInto, unnamedControls } from '../support/render';

beforeEach(() => fakeBrowser.reset());

async function editor() {
  const services = await openServices(freshDbName());
  const store = createTagEditor(services);
  store.start();
  await expect.poll(() => store.groups.value?.length ?? 0).toBeGreaterThan(0);
  const group = (name: string) => store.groups.value!.find((g) => g.group.name === name)!;
  const names = (name: string) => group(name).tags.map((t) => t.name);
  const tag = (groupName: string, name: string) => [...group(groupName).tags, ...group(groupName).retired].find((t) => t.name === name)!;
  return { services, store, group, names, tag, outbox: () => services.db.outbox.toArray() };
}

describe('editing the organisation’s tags', () => {
  it('adds a tag at the end of its group as a synced record, refusing an empty or a taken name', async () => {
    const { store, group, names, outbox } = await editor();
    expect(await store.add(group('特別事象'), '  能登半島地震 ')).toBe(true);
    await expect.poll(() => names('特別事象').at(-1)).toBe('能登半島地震');
    const queued = (await outbox()).at(-1)!;
    expect(queued).toMatchObject({
      kind: 'tag',
      state: 'pending',
      baseVersion: 0,
      fields: { groupId: group('特別事象').group.id, name: '能登半島地震' },
    });
    expect(store.notice.value?.message.key).toBe('tagsEdit.added');

    expect(await store.add(group('特別事象'), '被災')).toBe(false);
    expect(store.notice.value?.message.key).toBe('tagsEdit.nameTaken');
    expect(await store.add(group('特別事象'), '  ')).toBe(false);
    expect(store.notice.value?.message.key).toBe('tagsEdit.nameEmpty');
    expect(await store.add(group('特別事象'), 'x'.repeat(41))).toBe(false);
    expect(store.notice.value?.message.key).toBe('tagsEdit.invalid');
  });

  it('renames and moves a tag up and down; only tags whose place changed are written', async () => {
    const { store, group, names, tag, outbox } = await editor();
    await store.rename(group('5つの壁'), tag('5つの壁', '足りない'), '足りない（知識・人手）');
    await expect.poll(() => names('5つの壁').at(-1)).toBe('足りない（知識・人手）');
    const before = (await outbox()).length;
    await store.move(group('5つの壁'), tag('5つの壁', '実行できない'), -1);
    await expect
      .poll(() => names('5つの壁'))
      .toEqual(['見えない', '実行できない', '向き合わない', '付いてこない', '足りない（知識・人手）']);
    expect((await outbox()).length - before).toBe(2);
    await store.move(group('5つの壁'), tag('5つの壁', '実行できない'), 1);
    await expect
      .poll(() => names('5つの壁'))
      .toEqual(['見えない', '向き合わない', '実行できない', '付いてこない', '足りない（知識・人手）']);
    expect(await store.move(group('5つの壁'), tag('5つの壁', '見えない'), -1)).toBe(false);
  });

  it('retires a tag: no longer offered, its name still shown on old notes; it can be used again', async () => {
    const { services, store, group, names, tag } = await editor();
    const taxonomy = createTaxonomy(services.db);
    taxonomy.start();
    await store.retire(tag('相談分野', '金融'));
    await expect.poll(() => names('相談分野')).not.toContain('金融');
    expect(group('相談分野').retired.map((t) => t.name)).toEqual(['金融']);
    await expect.poll(() => taxonomy.filter('金融').flatMap((g) => g.tags.map((t) => t.name))).toEqual(['金融機関同席']);
    const t = translator('ja');
    expect(tagName(taxonomy.names.value, 'topic-finance', t)).toBe('金融');
    expect(tagName(taxonomy.names.value, 'no-such-tag', t)).toBe('（削除されたタグ）');
    await store.reuse(tag('相談分野', '金融'));
    await expect.poll(() => names('相談分野')).toContain('金融');
  });

  it('moves with buttons that keep the keyboard focus on the tag moved, every control named', async () => {
    const { services, store, names } = await editor();
    const root = await renderInto(h(I18nContext.Provider, { value: services.i18n }, h(TagSection, { store })));
    expect(unnamedControls(root)).toEqual([]);
    const down = button(root, '下へ: 見えない');
    down.focus();
    await click(down);
    await expect.poll(() => names('5つの壁').slice(0, 2)).toEqual(['向き合わない', '見えない']);
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe('下へ: 見えない');
    await click(button(root, '上へ: 見えない'));
    await expect.poll(() => names('5つの壁')[0]).toBe('見えない');
    // At the top its 上へ is disabled: the focus moves to its 下へ.
    await expect.poll(() => document.activeElement?.getAttribute('aria-label')).toBe('下へ: 見えない');
    await act(async () => void (await store.retire(store.groups.value!.find((g) => g.group.name === '5つの壁')!.tags[0]!)));
    await expect.poll(() => root.textContent).toContain('使わなくなった「5つの壁」のタグ（1件）');
  });
});
