import { createDraftsRepo } from '../db/drafts-repo';
import { openLocalStore } from '../db/open-store';
import { translator } from '../locales';
import { installContextMenus, onContextMenuClick } from '../platform/context-menus';
import { notify } from '../platform/notifications';
import { keepSearchHost } from '../platform/search-host';
import { settings } from '../platform/settings';
import { openSidePanel } from '../platform/side-panel';
import type { SiteAccess } from '../site-access/allowed';
import { handleMenuClick, menuItems } from './context-menu';
import { startFollowUps } from './follow-ups';
import { startSync } from './sync';

/** Wires the background: local store (with default tags), sync, context menus in the chosen language. */
export function startBackground(): void {
  const store = openLocalStore();
  // Reminders on the due day and the toolbar badge (unsynced changes, due actions).
  startFollowUps(store);
  // Sync with the organisation's server (off in local-only mode and before sign-in).
  startSync(store);
  // The offscreen document holding the search index while the browser runs (Chromium).
  keepSearchHost();
  let access: SiteAccess | null = null;
  const loadAccess = async () => (access = await settings.siteAccess.getValue());
  void loadAccess();
  settings.siteAccess.watch((next) => (access = next));

  const currentT = async () => translator(await settings.language.getValue());
  const installMenus = async () => installContextMenus(menuItems(await currentT()));
  void installMenus();
  settings.language.watch(() => void installMenus());

  // Registered synchronously so a click that wakes the service worker is not missed.
  onContextMenuClick((click) => {
    void handleMenuClick(click, {
      cachedAccess: () => access,
      loadAccess,
      drafts: {
        update: async (key, change) => createDraftsRepo(await store).update(key, change),
      },
      openSidePanel,
      notifyExcluded: async () => {
        const t = await currentT();
        await notify(t('app.name'), t('menu.denied'));
      },
      now: () => new Date(),
    });
  });
}
