import { signal } from '@preact/signals';
import { openServices, preloadWrites } from '../../app/compose';
import { createCaptureStores } from '../../app/compose-capture';
import { createKarte } from '../../app/compose-panel';
import { createPageSearch } from '../../app/compose-search';
import { mount } from '../../app/mount';
import { SidePanel } from '../../app/SidePanel';
import { watchActiveTab } from '../../platform/current-page';
import { CaptureContext, KarteContext, LinkingContext, SearchContext } from '../../state/contexts';
import { toLocalInput } from '../../dates/local-time';
import type { PageBusinessStore } from '../../state/page-business-store';

// Chrome side panel / Firefox sidebar: wiring only.
async function main() {
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
  mount(
    services.i18n,
    <CaptureContext.Provider value={stores}>
      <KarteContext.Provider value={karte}>
        <SearchContext.Provider value={search}>
          <LinkingContext.Provider value={linking}>
            <SidePanel today={toLocalInput(new Date()).slice(0, 10)} />
          </LinkingContext.Provider>
        </SearchContext.Provider>
      </KarteContext.Provider>
    </CaptureContext.Provider>,
  );
  preloadWrites(services);
  // Portal linking after first paint: its site-rule code brings the shared schemas.
  void import('../../app/compose-linking').then((m) => (linking.value = m.startLinking(services, stores, new AbortController().signal)));
}

void main();
