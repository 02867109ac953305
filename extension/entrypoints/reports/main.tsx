import { roleAtLeast } from '../../../shared/enums';
import { openServices } from '../../app/compose';
import { createDirectory } from '../../app/compose-directory';
import { createReports } from '../../app/compose-reports';
import { mount } from '../../app/mount';
import { ReportsPage } from '../../app/ReportsPage';
import { readViewer } from '../../platform/viewer';
import { offeredYears } from '../../reports/request';

// reports.html, 報告・集計 (linked from the business list and the options page for everyone signed in): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const store = createReports();
  const directory = createDirectory(services.db);
  directory.start();
  if (viewer.signedIn) void store.load();
  const manager = viewer.role !== null && roleAtLeast(viewer.role, 'manager');
  mount(
    services.i18n,
    <ReportsPage
      store={store}
      directory={directory}
      signedIn={viewer.signedIn}
      manager={manager}
      years={offeredYears()}
      onPrint={() => window.print()}
    />,
  );
}

void main();
