import { openServices } from '../../app/compose';
import { createImport } from '../../app/compose-import';
import { ImportPage } from '../../app/ImportPage';
import { mount } from '../../app/mount';
import { readViewer } from '../../platform/viewer';

// import.html, 事業者リストの取り込み (linked from the organisation page for admins): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const store = viewer.role === 'admin' ? createImport(services) : null;
  mount(services.i18n, <ImportPage store={store} />);
}

void main();
