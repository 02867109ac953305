import { openServices } from '../../app/compose';
import { createPartners } from '../../app/compose-partners';
import { mount } from '../../app/mount';
import { PartnersPage } from '../../app/PartnersPage';
import { readViewer } from '../../platform/viewer';

// partners.html, 他機関との連携 (linked from the business list for everyone signed in): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const store = viewer.signedIn ? createPartners(services, null) : null;
  store?.start();
  mount(services.i18n, <PartnersPage store={store} />);
}

void main();
