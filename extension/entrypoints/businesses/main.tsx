import { BusinessListPage } from '../../app/BusinessListPage';
import { openServices, preloadWrites } from '../../app/compose';
import { createBusinessList } from '../../app/compose-karte';
import { mount } from '../../app/mount';
import { settings } from '../../platform/settings';

// businesses.html, the 事業者一覧 (linked from the popup, the side panel and the karte): wiring only.
async function main() {
  const [services, localOnly, advisor] = await Promise.all([openServices(), settings.localOnly.getValue(), settings.advisor.getValue()]);
  const store = createBusinessList(services);
  store.start();
  mount(services.i18n, <BusinessListPage store={store} me={localOnly ? null : advisor?.id ?? null} />);
  preloadWrites(services);
}

void main();
