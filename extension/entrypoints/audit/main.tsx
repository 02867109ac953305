import { openServices } from '../../app/compose';
import { createDirectory } from '../../app/compose-directory';
import { createAudit } from '../../app/compose-export';
import { AuditPage } from '../../app/AuditPage';
import { mount } from '../../app/mount';
import { readViewer } from '../../platform/viewer';

// audit.html, 操作の記録 (admins; linked from the organisation page and the export page): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const store = viewer.role === 'admin' ? createAudit() : null;
  const directory = createDirectory(services.db);
  directory.start();
  void store?.load();
  mount(services.i18n, <AuditPage store={store} directory={directory} />);
}

void main();
