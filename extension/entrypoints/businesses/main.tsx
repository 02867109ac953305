import { roleAtLeast } from '../../../shared/enums';
import { BusinessListPage } from '../../app/BusinessListPage';
import { openServices, preloadWrites } from '../../app/compose';
import { createBusinessList } from '../../app/compose-karte';
import { mount } from '../../app/mount';
import { settings } from '../../platform/settings';
import { readViewer } from '../../platform/viewer';

// businesses.html, the 事業者一覧 (linked from the popup, the side panel and the karte): wiring only.
async function main() {
  const [services, localOnly, advisor, viewer] = await Promise.all([
    openServices(),
    settings.localOnly.getValue(),
    settings.advisor.getValue(),
    readViewer(),
  ]);
  const store = createBusinessList(services);
  store.start();
  const showOrganisation = viewer.role !== null && roleAtLeast(viewer.role, 'manager');
  mount(
    services.i18n,
    <BusinessListPage
      store={store}
      me={localOnly ? null : (advisor?.id ?? null)}
      showOrganisation={showOrganisation}
      showReports={viewer.signedIn}
    />,
  );
  preloadWrites(services);
}

void main();
