import { createContext, type Context } from 'preact';
import { useContext } from 'preact/hooks';
import type { ReadonlySignal } from '@preact/signals';
import type { BusinessPickerStore } from './business-picker-store';
import type { DirectoryStore } from './directory-store';
import type { EditorStore } from './editor-store';
import type { I18nStore } from './i18n-store';
import type { KartePageStore } from './karte-page-store';
import type { KarteStore } from './karte-store';
import type { OptionsStore } from './options-store';
import type { PageBusinessStore } from './page-business-store';
import type { PageStore } from './page-store';
import type { SearchStore } from './search-store';
import type { SyncViewStore } from './sync-view-store';
import type { TaxonomyStore } from './taxonomy-store';

/** What the capture views (popup, side panel) work with. */
export interface CaptureStores {
  editor: EditorStore;
  picker: BusinessPickerStore;
  taxonomy: TaxonomyStore;
  page: PageStore;
  /** The organisation's advisors: 同席 chosen by name, notes shown with who wrote them. */
  directory: DirectoryStore;
  /** Sync state at a glance (absent in views and tests that do not show it). */
  sync?: SyncViewStore;
}

/** Every context of the extension pages: each holds a store, provided by the page's entrypoint. */
export const I18nContext = createContext<I18nStore | null>(null);
export const CaptureContext = createContext<CaptureStores | null>(null);
export const KarteContext = createContext<KarteStore | null>(null);
export const OptionsContext = createContext<OptionsStore | null>(null);
/** The karte page's store, for the components of that page. */
export const KartePageContext = createContext<KartePageStore | null>(null);
/** The side panel's search; a panel composed without it (a test of another part) has no search box. */
export const SearchContext = createContext<SearchStore | null>(null);
/**
 * The side panel's portal linking. It arrives after first paint (it loads the site-rule
 * schema code lazily), so the context holds a signal that is null until then.
 */
export const LinkingContext = createContext<ReadonlySignal<PageBusinessStore | null> | null>(null);

function use<T>(context: Context<T | null>, name: string): T {
  const value = useContext(context);
  if (!value) throw new Error(`${name} is not provided: wrap the view in its provider`);
  return value;
}

export const useI18n = () => use(I18nContext, 'I18nContext');
/** The translate function; reading it subscribes the component to language changes. */
export const useT = () => useI18n().t.value;
export const useCapture = () => use(CaptureContext, 'CaptureContext');
export const useKarte = () => use(KarteContext, 'KarteContext');
export const useOptions = () => use(OptionsContext, 'OptionsContext');
export const useKartePage = () => use(KartePageContext, 'KartePageContext');
/** The side panel's search, or null where the panel has none. */
export const useSearchIfAny = (): SearchStore | null => useContext(SearchContext);
/** The side panel's portal linking once loaded, or null (not yet, or a panel composed without it). */
export const useLinkingIfAny = (): PageBusinessStore | null => useContext(LinkingContext)?.value ?? null;
