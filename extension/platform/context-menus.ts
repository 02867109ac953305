import { browser } from 'wxt/browser';

type MenuContext = 'selection' | 'page';

export interface MenuItem {
  id: string;
  title: string;
  contexts: [MenuContext, ...MenuContext[]];
}

/** What a click on one of our menu items tells us (the tab is readable: activeTab is granted). */
export interface MenuClick {
  menuItemId: string;
  selectionText: string | undefined;
  pageUrl: string | undefined;
  tab: { id: number | undefined; windowId: number | undefined; url: string | undefined; title: string | undefined } | null;
}

/** Replaces our context menu items (their titles follow the language setting). */
export async function installContextMenus(items: readonly MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
}

export function onContextMenuClick(handler: (click: MenuClick) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    handler({
      menuItemId: String(info.menuItemId),
      selectionText: info.selectionText,
      pageUrl: info.pageUrl,
      tab: tab ? { id: tab.id, windowId: tab.windowId, url: tab.url, title: tab.title } : null,
    });
  });
}
