import { signal } from '@preact/signals';
import type { SiteRule } from '../../shared/site-rules';
import type { LocalBusiness } from '../db/schema';
import { RecordValidationError } from '../db/validation-error';
import type { ActiveTab } from '../platform/current-page';
import { businessesWithExternalId, PageAccessError, resolvePage } from '../site-rules';
import type { Notice } from './notice';

/** What the side panel knows about the business of the page beside it. */
export type PageBusiness =
  | { kind: 'none' }
  | { kind: 'reading'; rule: SiteRule }
  /** A rule applies but the page (or its URL) holds no ID where the rule looks. */
  | { kind: 'noId'; rule: SiteRule }
  /** A selector rule applies but the browser does not let us read the page. */
  | { kind: 'denied'; rule: SiteRule }
  /** `opened`: the business the panel switched to by itself (null: the advisor decides). */
  | { kind: 'found'; rule: SiteRule; externalId: string; businesses: LocalBusiness[]; opened: string | null }
  | { kind: 'unlinked'; rule: SiteRule; externalId: string; pageTitle: string };

export interface PageBusinessDeps {
  activeTab: () => Promise<ActiveTab | null>;
  /** The ID on the page, by the rule (in the tab, only while the panel is open); throws PageAccessError when not allowed. */
  readFromPage: (tabId: number, rule: SiteRule) => Promise<string | null>;
  businesses: () => Promise<LocalBusiness[]>;
  /** Businesses by name, kana or 法人番号, for choosing the one to link. */
  search: (query: string) => Promise<LocalBusiness[]>;
  addExternalId: (business: LocalBusiness, system: string, value: string) => Promise<unknown>;
  createBusiness: (name: string, system: string, value: string) => Promise<LocalBusiness>;
  /**
   * Makes `businessId` the panel's business; false when it stays. By itself (`chosen` false)
   * the panel does not move a note already typed for another business; the advisor may.
   */
  open: (businessId: string, chosen: boolean) => boolean;
  /** The panel's business now. */
  current: () => string | null;
  /** Waits before reading the page again (a single-page app may draw the new business a moment after its URL changes). */
  wait?: (ms: number) => Promise<void>;
}

/** Reading again after an SPA's URL changed: the page may still show the previous business. */
const RETRY_MS = [250, 500, 1000];

/** Portal linking in the side panel: the page's external ID → the business's karte. */
export function createPageBusinessStore(deps: PageBusinessDeps) {
  const wait = deps.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const state = signal<PageBusiness>({ kind: 'none' });
  const notice = signal<Notice | null>(null);
  let rules: readonly SiteRule[] = [];
  let ticket = 0;
  /** The last ID read from each tab's page and the page it came from. */
  const lastRead = new Map<number, { url: string; id: string | null }>();
  /**
   * The business the panel opened by itself for the page it is on: a refresh of the same page
   * (its title changed, the rules synced) does not snatch the panel back from another business
   * the advisor chose. Coming to the page again (another tab, another address) opens it again.
   */
  let autoOpened = '';
  let lastPage = '';

  async function readPage(tab: ActiveTab & { id: number; url: string }, rule: SiteRule, mine: number): Promise<string | null> {
    const before = lastRead.get(tab.id);
    const navigated = before !== undefined && before.url !== tab.url;
    let id = await deps.readFromPage(tab.id, rule);
    for (const ms of RETRY_MS) {
      if (mine !== ticket || (id !== null && !(navigated && id === before.id))) break;
      await wait(ms);
      id = await deps.readFromPage(tab.id, rule);
    }
    lastRead.set(tab.id, { url: tab.url, id });
    return id;
  }

  /** A write the schema refused says why; anything else is a bug and propagates. */
  async function write(run: () => Promise<unknown>): Promise<void> {
    try {
      await run();
      notice.value = null;
    } catch (e) {
      if (!(e instanceof RecordValidationError)) throw e;
      notice.value = { tone: 'error', message: { key: 'editor.invalid', params: { message: e.message } } };
      return;
    }
    await refresh();
  }

  async function refresh(): Promise<void> {
    const mine = ++ticket;
    const tab = await deps.activeTab();
    const pageKey = `${tab?.id}\u0000${tab?.url}`;
    if (pageKey !== lastPage) autoOpened = '';
    lastPage = pageKey;
    const match = tab?.url ? resolvePage(tab.url, rules) : null;
    if (!tab?.url || !match) {
      if (mine === ticket) state.value = { kind: 'none' };
      return;
    }
    const { rule } = match;
    let externalId = match.externalId;
    if (match.needsPage) {
      if (tab.id === null) return;
      state.value = { kind: 'reading', rule };
      try {
        externalId = await readPage({ ...tab, id: tab.id, url: tab.url }, rule, mine);
      } catch (e) {
        if (!(e instanceof PageAccessError)) throw e;
        if (mine === ticket) state.value = { kind: 'denied', rule };
        return;
      }
    }
    if (externalId === null) {
      if (mine === ticket) state.value = { kind: 'noId', rule };
      return;
    }
    const found = businessesWithExternalId(await deps.businesses(), rule.system, externalId);
    if (mine !== ticket) return;
    if (found.length === 0) {
      state.value = { kind: 'unlinked', rule, externalId, pageTitle: tab.title ?? '' };
      return;
    }
    // Duplicates (two kartes for one ID) are listed for the advisor to choose; one opens by itself.
    const key = `${externalId}\u0000${found[0]!.id}`;
    const only = found.length === 1 ? found[0]!.id : null;
    let opened = only !== null && deps.current() === only ? only : null;
    if (only !== null && opened === null && key !== autoOpened && deps.open(only, false)) {
      opened = only;
      autoOpened = key;
    }
    state.value = { kind: 'found', rule, externalId, businesses: found, opened };
  }

  return {
    state,
    notice,
    refresh,
    search: deps.search,
    setRules(next: readonly SiteRule[]): Promise<void> {
      rules = next;
      return refresh();
    },
    /** The advisor opens one of the businesses found. */
    open(businessId: string): void {
      const s = state.value;
      if (deps.open(businessId, true) && s.kind === 'found') state.value = { ...s, opened: businessId };
    },
    /** 「この事業者に紐づける」: the page's ID goes into the business's external IDs; its karte opens. */
    async link(business: LocalBusiness): Promise<void> {
      const s = state.value;
      if (s.kind !== 'unlinked') return;
      await write(() => deps.addExternalId(business, s.rule.system, s.externalId));
    },
    /** 「新しい事業者として登録」 with the page's ID. */
    async register(name: string): Promise<void> {
      const s = state.value;
      if (s.kind !== 'unlinked') return;
      await write(() => deps.createBusiness(name, s.rule.system, s.externalId));
    },
  };
}

export type PageBusinessStore = ReturnType<typeof createPageBusinessStore>;
