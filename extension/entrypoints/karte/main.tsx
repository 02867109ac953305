import { openServices, preloadWrites } from '../../app/compose';
import { createKartePage } from '../../app/compose-karte';
import { KartePage } from '../../app/KartePage';
import { mount } from '../../app/mount';
import { todayIn } from '../../karte/due';
import { settings } from '../../platform/settings';
import { KartePageContext } from '../../state/contexts';

// The full karte of one business, opened as karte.html?id=<businessId>: wiring only.
async function main() {
  const businessId = new URLSearchParams(location.search).get('id') ?? '';
  const [services, localOnly, advisor] = await Promise.all([openServices(), settings.localOnly.getValue(), settings.advisor.getValue()]);
  const me = localOnly ? null : (advisor?.id ?? null);
  const printedBy = advisor && !localOnly ? { organisation: advisor.organisationName ?? null, advisor: advisor.name } : null;
  const store = createKartePage(services, businessId, me);
  store.start();
  // 他機関との連携 reaches other organisations through the API: signed in only, and its code comes after the first screen.
  const partners = me
    ? async () => {
        const made = (await import('../../app/compose-partners')).createPartners(services, businessId);
        made.start();
        return made;
      }
    : null;
  // The write path (zod) loads once the karte is shown in full, not while it is read or built.
  const shown = () => preloadWrites(services);
  mount(
    services.i18n,
    <KartePageContext.Provider value={store}>
      <KartePage me={me} today={todayIn(new Date())} onShown={shown} printedBy={printedBy} partners={partners} />
    </KartePageContext.Provider>,
  );
}

void main();
