import { useT } from '../../state/contexts';
import type { OrgAdminStore } from '../../state/org-admin-store';
import { AdvisorCard } from './AdvisorCard';

/** 職員: every advisor of the organisation, enabled first, each with their tokens. */
export function StaffSection({ store }: { store: OrgAdminStore }) {
  const t = useT();
  const advisors = store.advisors.value ?? [];
  const tokensOf = store.tokensOf.value;
  const ordered = [...advisors].sort(
    (a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null) || a.name.localeCompare(b.name, 'ja'),
  );
  return (
    <section class="org-section" aria-labelledby="staff-heading">
      <h2 id="staff-heading">{t('org.staff', { count: advisors.length })}</h2>
      <p class="muted">{t('org.staffHelp')}</p>
      <ul class="staff-list">
        {ordered.map((a) => (
          <li key={a.id}>
            <AdvisorCard advisor={a} tokens={tokensOf.get(a.id) ?? []} store={store} />
          </li>
        ))}
      </ul>
    </section>
  );
}
