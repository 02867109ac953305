import { roleAtLeast } from '../../../shared/enums';
import { openServices, preloadWrites } from '../../app/compose';
import { createIntegrationKeys, createOrgAdmin, createOrgSettings, createTagEditor } from '../../app/compose-organisation';
import { mount } from '../../app/mount';
import { OrganisationPage } from '../../app/OrganisationPage';
import { readViewer } from '../../platform/viewer';

// organisation.html, 組織の管理 (linked from the options page and the business list for managers and admins): wiring only.
async function main() {
  const [services, viewer] = await Promise.all([openServices(), readViewer()]);
  const { role, advisorId } = viewer;
  const manager = role !== null && roleAtLeast(role, 'manager');
  const tags = manager ? createTagEditor(services) : null;
  const orgSettings = manager ? createOrgSettings(services) : null;
  const admin = role === 'admin' && advisorId ? createOrgAdmin(advisorId) : null;
  tags?.start();
  orgSettings?.bansoRule.start();
  const integrationKeys = admin ? createIntegrationKeys() : null;
  void admin?.load();
  void integrationKeys?.load();
  mount(services.i18n, <OrganisationPage role={role} admin={admin} tags={tags} settings={orgSettings} integrationKeys={integrationKeys} />);
  if (tags) preloadWrites(services);
}

void main();
