import { openServices } from '../../app/compose';
import { createExport } from '../../app/compose-export';
import { ExportPage } from '../../app/ExportPage';
import { mount } from '../../app/mount';
import { readViewer } from '../../platform/viewer';

// export.html, データの書き出し (linked from the organisation page, the options page and the business list): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const store = viewer.signedIn ? createExport(viewer.role === 'admin') : null;
  mount(services.i18n, <ExportPage store={store} />);
}

void main();
