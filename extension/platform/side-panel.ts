import { browser } from 'wxt/browser';

interface FirefoxSidebar {
  sidebarAction?: { open(): Promise<void> };
}

/**
 * Opens Chrome's side panel (or Firefox's sidebar) in the tab's window. Both browsers
 * require a user gesture, so call this before awaiting anything in a click handler.
 */
export function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<void> {
  const sidebar = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (sidebar) return sidebar.open();
  if (target.tabId !== undefined) return browser.sidePanel.open({ tabId: target.tabId });
  return browser.sidePanel.open({ windowId: target.windowId! });
}

export function canOpenSidePanel(): boolean {
  return Boolean((browser as unknown as FirefoxSidebar).sidebarAction ?? browser.sidePanel);
}
