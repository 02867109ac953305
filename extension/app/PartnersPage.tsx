import { useEffect, useState } from 'preact/hooks';
import { REFERRAL_OUTCOMES, type ReferralOutcome, type ReferralView } from '../../shared/wide-area';
import { NoticeText } from '../components/NoticeText';
import { SharedKarteView } from '../components/partners/SharedKarteView';
import { ShareList } from '../components/partners/ShareList';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { useImeSafeSubmit } from '../components/use-ime-safe-submit';
import { BUSINESSES_HREF } from '../karte/hrefs';
import { useT } from '../state/contexts';
import type { PartnersStore } from '../state/partners-store';
import './organisation.css';
import './partners.css';

/**
 * partners.html, 他機関との連携: the kartes other organisations share with this one (read-only,
 * on the device since the last sync), referrals received with their outcome, and what this
 * organisation shared and referred.
 */
export function PartnersPage({ store }: { store: PartnersStore | null }) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('partners.heading')} | ${t('app.name')}`;
  }, [t]);
  const shared = store?.shared.value ?? [];
  const received = store?.referrals.value?.received ?? [];
  return (
    <main class="organisation partners-page">
      <header class="bar">
        <h1>{t('partners.heading')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
        </nav>
      </header>
      {!store ? (
        <p role="status">{t('org.signInFirst')}</p>
      ) : (
        <>
          <NoticeText notice={store.notice.value} testId="partners-notice" />
          <section class="org-section" aria-labelledby="shared-heading">
            <h2 id="shared-heading">{t('partners.sharedWithUs')}</h2>
            {shared.length === 0 && <p class="muted">{t('partners.noneShared')}</p>}
            {shared.map((row) => (
              <div key={row.id} class="shared-entry">
                <SharedKarteView karte={row.karte} />
                <p class="muted">
                  {row.linkedBusinessId ? (
                    <a href={`karte.html?id=${encodeURIComponent(row.linkedBusinessId)}`}>{t('partners.openLinked')}</a>
                  ) : (
                    t('partners.linkHint')
                  )}
                </p>
              </div>
            ))}
          </section>
          <section class="org-section" aria-labelledby="received-heading">
            <h2 id="received-heading">{t('partners.received')}</h2>
            {received.length === 0 && <p class="muted">{t('partners.noneReceived')}</p>}
            <ul class="partner-list">
              {received.map((r) => (
                <ReceivedReferral key={r.id} referral={r} store={store} />
              ))}
            </ul>
          </section>
          <section class="org-section" aria-labelledby="outgoing-heading">
            <h2 id="outgoing-heading">{t('partners.outgoing')}</h2>
            {(store.shares.value?.outgoing.length ?? 0) + (store.referrals.value?.sent.length ?? 0) === 0 && (
              <p class="muted">{t('partners.noneOutgoing')}</p>
            )}
            <ShareList store={store} />
          </section>
        </>
      )}
    </main>
  );
}

function ReceivedReferral({ referral: r, store }: { referral: ReferralView; store: PartnersStore }) {
  const t = useT();
  const [outcome, setOutcome] = useState<ReferralOutcome>(r.outcome);
  const [note, setNote] = useState(r.outcomeNote);
  const submit = useImeSafeSubmit(() => void store.setOutcome(r, outcome, note));
  return (
    <li>
      <p>{t('partners.receivedLine', { date: r.referredOn, org: r.from.name, name: r.businessName, reason: r.reason })}</p>
      <form class="inline-form" aria-label={t('partners.outcomeFor', { name: r.businessName })} {...submit}>
        <SelectField<ReferralOutcome>
          label={t('partners.outcome')}
          value={outcome}
          onChange={(v) => v && setOutcome(v)}
          options={REFERRAL_OUTCOMES.map((o) => ({ value: o, label: t(`partners.outcome.${o}`) }))}
        />
        <TextField label={t('partners.outcomeNote')} value={note} onInput={setNote} maxLength={4000} />
        <button type="submit" class="primary">
          {t('partners.saveOutcome')}
        </button>
      </form>
    </li>
  );
}
