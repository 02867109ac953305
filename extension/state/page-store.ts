import { signal } from '@preact/signals';
import { normalizePageUrl } from '../../shared/page-url';
import type { ActiveTab } from '../platform/current-page';
import type { PageLink } from './consultation-draft';
import { pageLink } from './page-link';
import { siteAllowed, type SiteRules } from './site-rules';

export type PageState =
  | { kind: 'loading' }
  /** A web page the next consultation will link to. */
  | { kind: 'page'; link: PageLink }
  /** Not a web page (new tab, extension page, file:): nothing to link. */
  | { kind: 'none' }
  /** The browser does not let us read this tab's address. */
  | { kind: 'unknown' }
  /** A site the advisor excluded in the options. */
  | { kind: 'excluded' };

export interface PageStoreDeps {
  readActiveTab: () => Promise<ActiveTab | null>;
  siteRules: () => Promise<SiteRules>;
  /** Asks for permission to read every site's address; true when granted. */
  requestAccess: () => Promise<boolean>;
}

/** The page the advisor is working beside, as the consultation will record it. */
export function createPageStore(deps: PageStoreDeps) {
  const state = signal<PageState>({ kind: 'loading' });

  async function refresh(): Promise<void> {
    const tab = await deps.readActiveTab();
    if (!tab) {
      state.value = { kind: 'none' };
      return;
    }
    if (tab.url === undefined) {
      state.value = { kind: 'unknown' };
      return;
    }
    const rules = await deps.siteRules();
    const normalized = normalizePageUrl(tab.url);
    if (!normalized) state.value = { kind: 'none' };
    else if (!siteAllowed(normalized, rules)) state.value = { kind: 'excluded' };
    else {
      const link = pageLink(tab.url, tab.title, rules);
      state.value = link.url ? { kind: 'page', link } : { kind: 'none' }; // e.g. a URL over the length limit
    }
  }

  return {
    state,
    refresh,
    /** The link to record now: null unless a linkable page is known. */
    link(): PageLink | null {
      const s = state.value;
      return s.kind === 'page' ? s.link : null;
    },
    async grantAccess(): Promise<void> {
      if (await deps.requestAccess()) await refresh();
    },
  };
}

export type PageStore = ReturnType<typeof createPageStore>;
