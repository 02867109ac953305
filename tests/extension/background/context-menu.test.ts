import { describe, expect, it } from 'vitest';
import { handleMenuClick, MENU, menuItems, PANEL_DRAFT, quoteLines, type MenuPorts } from '../../../extension/background/context-menu';
import { createDraftsRepo } from '../../../extension/db/drafts-repo';
import { translator } from '../../../extension/locales';
import type { MenuClick } from '../../../extension/platform/context-menus';
import { emptyDraft } from '../../../extension/draft/consultation-draft';
import type { SiteAccess } from '../../../extension/site-access/allowed';
import { freshDb } from '../support/db';

const PAGE = 'https://bizmil.example.jp/cases/42?utm_campaign=x&id=7#memo';

function quoteClick(selectionText = '売上が前年比2割減\n資金繰りが厳しい', url = PAGE): MenuClick {
  return {
    menuItemId: MENU.quote,
    selectionText,
    pageUrl: url,
    tab: { id: 3, windowId: 1, url, title: '山田商店 | 相談カルテ - BIZミル' },
  };
}

/** The handler's ports: a real drafts table; the browser-only effects recorded. */
function ports(access: SiteAccess | null, loaded: SiteAccess = access ?? { allow: [], deny: [] }) {
  const drafts = createDraftsRepo(freshDb());
  const opened: unknown[] = [];
  const notices: string[] = [];
  const p: MenuPorts = {
    cachedAccess: () => access,
    loadAccess: async () => loaded,
    drafts,
    openSidePanel: async (target) => void opened.push(target),
    notifyExcluded: async () => void notices.push('excluded'),
    now: () => new Date('2026-04-01T10:00:00'),
  };
  return { p, drafts, opened, notices };
}

describe('context menu', () => {
  it('offers its two items with titles from the locale files', () => {
    expect(menuItems(translator('ja')).map((i) => i.title)).toEqual(['選択したテキストで相談メモを作成', 'このページでサイドパネルを開く']);
    expect(menuItems(translator('en'))[0]).toMatchObject({ id: MENU.quote, contexts: ['selection'] });
  });

  it('quotes the selection as > lines into the side panel draft, with the page link, and opens the panel', async () => {
    const { p, drafts, opened } = ports({ allow: [], deny: [] });

    expect(await handleMenuClick(quoteClick(), p)).toBe('quoted');

    const draft = (await drafts.get(PANEL_DRAFT))!.value;
    expect(draft.inquiry).toBe('> 売上が前年比2割減\n> 資金繰りが厳しい\n');
    expect(draft.source).toEqual({ url: 'https://bizmil.example.jp/cases/42?id=7', title: '山田商店 | 相談カルテ - BIZミル' });
    expect(opened).toEqual([{ tabId: 3, windowId: 1 }]);
  });

  it('adds a quote below what the draft already holds, keeping its business', async () => {
    const { p, drafts } = ports({ allow: [], deny: [] });
    await drafts.update(PANEL_DRAFT, () => ({ ...emptyDraft(new Date()), businessId: 'b1', inquiry: '電話で相談あり\n' }));

    await handleMenuClick(quoteClick('補助金の締切'), p);

    expect((await drafts.get(PANEL_DRAFT))!.value).toMatchObject({ businessId: 'b1', inquiry: '電話で相談あり\n\n> 補助金の締切\n' });
  });

  it('does nothing on a denied site but say so, without opening the panel', async () => {
    const { p, drafts, opened, notices } = ports({ allow: [], deny: ['*.example.jp'] });

    expect(await handleMenuClick(quoteClick(), p)).toBe('excluded');
    expect(await handleMenuClick({ ...quoteClick(), menuItemId: MENU.openPanel }, p)).toBe('excluded');

    expect(await drafts.get(PANEL_DRAFT)).toBeNull();
    expect(opened).toEqual([]);
    expect(notices).toEqual(['excluded', 'excluded']);
  });

  it('honours the site access lists even before they are in memory, but opens the panel inside the click', async () => {
    const { p, drafts, opened, notices } = ports(null, { allow: ['kintone.example.com'], deny: [] });

    const outcome = handleMenuClick(quoteClick(), p);
    expect(opened).toHaveLength(1); // called synchronously: the browser's user gesture is still valid
    expect(await outcome).toBe('excluded');
    expect(await drafts.get(PANEL_DRAFT)).toBeNull();
    expect(notices).toEqual(['excluded']);
  });

  it('keeps no link for a page that is not on the web', async () => {
    const { p, drafts } = ports({ allow: [], deny: [] });
    await handleMenuClick(quoteClick('メモ', 'file:///home/advisor/議事録.txt'), p);
    expect((await drafts.get(PANEL_DRAFT))!.value.source).toBeNull();
  });

  it('opens the panel for "this page" without touching the draft, and ignores other menus', async () => {
    const { p, drafts, opened } = ports({ allow: [], deny: [] });
    expect(await handleMenuClick({ ...quoteClick(), menuItemId: MENU.openPanel }, p)).toBe('opened');
    expect(await handleMenuClick({ ...quoteClick(), menuItemId: 'someone-else' }, p)).toBe('ignored');
    expect(opened).toHaveLength(1);
    expect(await drafts.get(PANEL_DRAFT)).toBeNull();
  });

  it('quotes every line, trimming the selection’s ends', () => {
    expect(quoteLines('  一行目\r\n\r\n三行目  ')).toBe('> 一行目\n>\n> 三行目');
  });
});
