import { signal } from '@preact/signals';
import { normalizePageUrl } from '../../shared/page-url';
import type { ActiveTab } from '../platform/current-page';
import { portalOrigins } from '../site-rules/origins';
import type { PageLink } from '../draft/consultation-draft';
import { siteAllowed, type SiteAccess } from '../site-access/allowed';
import { pageLink } from '../draft/page-link';

export type PageState =
  | { kind: 'loading' }
  /** A web page the next consultation will link to. */
  | { kind: 'page'; link: PageLink }
  /** Not a web page (new tab, extension page, file:): nothing to link. */
  | { kind: 'none' }
  /**
   * The browser does not let us read this tab's address. `origins`: the portal sites the
   * advisor can allow reading (site rules, the allow list, this page when known); may be empty.
   */
  | { kind: 'unknown'; origins: string[] }
  /** A site the advisor excluded in the options. */
  | { kind: 'excluded' };

export interface PageStoreDeps {
  readActiveTab: () => Promise<ActiveTab | null>;
  siteAccess: () => Promise<SiteAccess>;
  /** The URL patterns of the organisation's enabled site rules (the portals it links to). */
  portalPatterns: () => Promise<string[]>;
  /** Asks for permission to read these sites' pages (from a click); true when granted. */
  requestAccess: (origins: string[]) => Promise<boolean>;
}

/** The page the advisor is working beside, as the consultation will record it. */
export function createPageStore(deps: PageStoreDeps) {
  const state = signal<PageState>({ kind: 'loading' });
  /** A page the advisor chose not to record with the note (it is another business's): its URL. */
  const skipped = signal<string | null>(null);

  /** The portal sites the advisor can allow reading, and the tab's own site when its address is known. */
  async function sitesToAllow(tab: ActiveTab, access: SiteAccess): Promise<string[]> {
    return portalOrigins({ rulePatterns: await deps.portalPatterns(), allow: access.allow, pageUrl: tab.url });
  }

  async function refresh(): Promise<void> {
    const tab = await deps.readActiveTab();
    if (!tab) {
      state.value = { kind: 'none' };
      return;
    }
    const access = await deps.siteAccess();
    if (tab.url === undefined) {
      state.value = { kind: 'unknown', origins: await sitesToAllow(tab, access) };
      return;
    }
    const normalized = normalizePageUrl(tab.url);
    if (!normalized) state.value = { kind: 'none' };
    else if (!siteAllowed(normalized, access)) state.value = { kind: 'excluded' };
    else {
      const link = pageLink(tab.url, tab.title, access);
      state.value = link.url ? { kind: 'page', link } : { kind: 'none' }; // e.g. a URL over the length limit
    }
  }

  return {
    state,
    skipped,
    refresh,
    /** The link to record now: null unless a linkable page is known (and not left out). */
    link(): PageLink | null {
      const s = state.value;
      return s.kind === 'page' && s.link.url !== skipped.value ? s.link : null;
    },
    /** The note stays with its business: this page (another business's) is not recorded with it. */
    skipThisPage(): void {
      const s = state.value;
      if (s.kind === 'page') skipped.value = s.link.url;
    },
    /** The note follows the page after all: the page is recorded again. */
    recordThisPage(): void {
      skipped.value = null;
    },
    /** Asks for the sites the state names (worked out before the click: the browser wants the request at once). */
    async grantAccess(): Promise<void> {
      const s = state.value;
      if (s.kind !== 'unknown' || s.origins.length === 0) return;
      if (await deps.requestAccess(s.origins)) await refresh();
    },
  };
}

export type PageStore = ReturnType<typeof createPageStore>;
