import type { Draft } from '../db/schema';
import type { MenuClick, MenuItem } from '../platform/context-menus';
import type { Translate } from '../locales/languages';
import { emptyDraft, parseDraft } from '../draft/consultation-draft';
import { siteAllowed, type SiteAccess } from '../site-access/allowed';
import { pageLink } from '../draft/page-link';

export const MENU = { quote: 'banso-quote-selection', openPanel: 'banso-open-panel' } as const;
/** The draft the side panel edits: a quote lands there. */
export const PANEL_DRAFT = 'panel';

export function menuItems(t: Translate): MenuItem[] {
  return [
    { id: MENU.quote, title: t('menu.quote'), contexts: ['selection'] },
    { id: MENU.openPanel, title: t('menu.openPanel'), contexts: ['page'] },
  ];
}

export interface MenuPorts {
  /** The site access lists if already in memory: then the panel opens inside the click's user gesture. */
  cachedAccess: () => SiteAccess | null;
  loadAccess: () => Promise<SiteAccess>;
  drafts: {
    /** Stores what `change` makes of the stored draft, read in the same transaction. */
    update(key: string, change: (stored: Draft | null) => Record<string, unknown>): Promise<string>;
  };
  openSidePanel: (target: { tabId?: number; windowId?: number }) => Promise<void>;
  notifyExcluded: () => Promise<void>;
  now: () => Date;
}

export type MenuOutcome = 'ignored' | 'excluded' | 'opened' | 'quoted';

/** `> ` before every line, as in an e-mail quote. */
export function quoteLines(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`.trimEnd())
    .join('\n');
}

const isWebPage = (url: string | undefined) => !!url && /^https?:/i.test(url);

/**
 * A click on one of our context menu items. Excluded sites (options: allow/deny list) get
 * a notification and nothing else. "Quote" appends the selection as `> ` lines to the side
 * panel's draft, records the page it came from, and opens the panel to finish the note.
 */
export async function handleMenuClick(click: MenuClick, ports: MenuPorts): Promise<MenuOutcome> {
  if (click.menuItemId !== MENU.quote && click.menuItemId !== MENU.openPanel) return 'ignored';
  const url = click.tab?.url ?? click.pageUrl;
  const excludedBy = (access: SiteAccess) => isWebPage(url) && !siteAllowed(url!, access);
  const cached = ports.cachedAccess();
  if (cached && excludedBy(cached)) {
    await ports.notifyExcluded();
    return 'excluded';
  }
  // Nothing may be awaited before this call: the browser only opens the panel inside the gesture.
  const opening = ports
    .openSidePanel({ tabId: click.tab?.id, windowId: click.tab?.windowId })
    .catch((e: unknown) => console.warn('side panel did not open', e));
  const access = cached ?? (await ports.loadAccess());
  if (excludedBy(access)) {
    await ports.notifyExcluded();
    return 'excluded';
  }
  const selection = click.selectionText?.trim() ?? '';
  if (click.menuItemId === MENU.openPanel || selection === '') {
    await opening;
    return 'opened';
  }
  const now = ports.now();
  const link = pageLink(url, click.tab?.title, access);
  // Read and written in one transaction: the side panel typing into this draft meanwhile loses nothing.
  await ports.drafts.update(PANEL_DRAFT, (stored) => {
    const draft = stored ? parseDraft(stored.value, now) : emptyDraft(now);
    const before = draft.inquiry.trimEnd();
    return {
      ...draft,
      inquiry: `${before === '' ? '' : `${before}\n\n`}${quoteLines(selection)}\n`,
      source: link.url ? { url: link.url, title: link.title } : null,
    };
  });
  await opening;
  return 'quoted';
}
