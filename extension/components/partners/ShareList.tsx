import { useT } from '../../state/contexts';
import type { PartnersStore } from '../../state/partners-store';

/** What this organisation shared and referred (of one business, or of all): by the other organisation's name, with state. */
export function ShareList({ store }: { store: PartnersStore }) {
  const t = useT();
  const shares = store.shares.value?.outgoing ?? [];
  const sent = store.referrals.value?.sent ?? [];
  if (shares.length === 0 && sent.length === 0) return null;
  return (
    <ul class="partner-list" aria-label={t('partners.outgoing')}>
      {shares.map((s) => (
        <li key={s.id}>
          <span>
            {t('partners.shareLine', {
              org: s.to.name,
              name: s.businessName,
              scope: s.scope.map((x) => t(`partners.scope.${x}`)).join(t('common.listSeparator')),
              until: s.expiresOn,
            })}
          </span>
          <span class={`badge${s.state === 'active' ? '' : ' badge-off'}`}>{t(`partners.state.${s.state}`)}</span>
          {s.state === 'active' && (
            <button
              type="button"
              class="secondary"
              aria-label={t('partners.withdrawLabel', { org: s.to.name, name: s.businessName })}
              onClick={() => void store.withdraw(s)}
            >
              {t('partners.withdraw')}
            </button>
          )}
        </li>
      ))}
      {sent.map((r) => (
        <li key={r.id}>
          <span>{t('partners.referralLine', { date: r.referredOn, org: r.to.name, name: r.businessName, reason: r.reason })}</span>
          <span class="badge">{t(`partners.outcome.${r.outcome}`)}</span>
        </li>
      ))}
    </ul>
  );
}
