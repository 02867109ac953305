import { signal } from '@preact/signals';
import { toLocalInput } from '../../dates/local-time';
import { watchActiveTab } from '../../platform/current-page';
import { CaptureContext, KarteContext, LinkingContext, SearchContext } from '../../state/contexts';
import type { PageBusinessStore } from '../../state/page-business-store';
import { openServices, preloadWrites } from '../../app/compose';
import { createCaptureStores } from '../../app/compose-capture';
import { createKarte } from '../../app/compose-panel';
import { createPageSearch } from '../../app/compose-search';
import type { FirstPaint } from '../../app/first-paint';
import { mount } from '../../app/mount';
import { SidePanel } from '../../app/SidePanel';

/** The side panel's full view, loaded after its first paint (app/first-paint.tsx), which it replaces. */
export async function startSidePanel(first: FirstPaint): Promise<void> {
  // First: the search worker loads its index while everything else starts.
  const search = createPageSearch();
  const linking = signal<PageBusinessStore | null>(null);
  const services = await openServices();
  const stores = createCaptureStores(services, 'panel');
  const karte = createKarte(services);
  // Reads start first and run while the view renders; nothing below waits for them.
  void stores.editor.start();
  void stores.page.refresh();
  stores.taxonomy.start();
  // The panel lives as long as its page, so the watch is never stopped.
  watchActiveTab(() => void stores.page.refresh(), new AbortController().signal);
  // Typed before the store was there: into the draft (merged with the stored one once read), then the view.
  const typed = first.handOver(stores.editor);
  mount(
    services.i18n,
    <CaptureContext.Provider value={stores}>
      <KarteContext.Provider value={karte}>
        <SearchContext.Provider value={search}>
          <LinkingContext.Provider value={linking}>
            <SidePanel today={toLocalInput(new Date()).slice(0, 10)} focusNote={typed.focused} />
          </LinkingContext.Provider>
        </SearchContext.Provider>
      </KarteContext.Provider>
    </CaptureContext.Provider>,
  );
  preloadWrites(services);
  // Portal linking after first paint: its site-rule code brings the shared schemas.
  void import('../../app/compose-linking').then((m) => (linking.value = m.startLinking(services, stores, new AbortController().signal)));
}
