import { openServices, preloadWrites } from '../../app/compose';
import { createFollowUps } from '../../app/compose-karte';
import { FollowUps } from '../../app/FollowUps';
import { mount } from '../../app/mount';
import { settings } from '../../platform/settings';

// follow-ups.html, the advisor's due and overdue actions (linked from the popup, side panel and reminders): wiring only.
async function main() {
  const [services, localOnly, advisor] = await Promise.all([openServices(), settings.localOnly.getValue(), settings.advisor.getValue()]);
  const me = localOnly ? null : advisor;
  const store = createFollowUps(services, me?.id ?? null);
  store.start();
  mount(services.i18n, <FollowUps store={store} advisorName={me?.name ?? null} />);
  preloadWrites(services);
}

void main();
