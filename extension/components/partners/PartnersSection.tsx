import { useState } from 'preact/hooks';
import { CONSENT_METHODS, SHARE_SCOPES, type ConsentMethod, type ShareScope } from '../../../shared/wide-area';
import { useT } from '../../state/contexts';
import type { PartnersStore } from '../../state/partners-store';
import { NoticeText } from '../NoticeText';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';
import { OrgChooser } from './OrgChooser';
import { SharedKarteView } from './SharedKarteView';
import { ShareList } from './ShareList';

/**
 * 他機関との連携 on a karte: the kartes other organisations share about this business (linked
 * here), and what this organisation did with others — referrals and shares with consent.
 */
export function PartnersSection({ store, today }: { store: PartnersStore; today: string }) {
  const t = useT();
  const [linkTo, setLinkTo] = useState('');
  const linked = store.linked.value;
  const unlinked = store.unlinked.value;
  return (
    <section class="karte-section partners no-print" aria-labelledby="partners-heading">
      <h2 id="partners-heading">{t('partners.heading')}</h2>
      <NoticeText notice={store.notice.value} testId="partners-notice" />
      {linked.map((row) => (
        <div key={row.id}>
          <SharedKarteView karte={row.karte} />
          <button type="button" class="secondary" onClick={() => void store.link(row.id, null)}>
            {t('partners.unlink')}
          </button>
        </div>
      ))}
      {unlinked.length > 0 && (
        <div class="inline-form">
          <SelectField<string>
            label={t('partners.linkLabel')}
            value={linkTo}
            onChange={setLinkTo}
            options={[
              { value: '', label: t('partners.chooseShared') },
              ...unlinked.map((r) => ({
                value: r.id,
                label: t('partners.sharedFrom', { org: r.karte.share.from.name, name: r.karte.business.name }),
              })),
            ]}
          />
          <button type="button" class="primary" disabled={linkTo === ''} onClick={() => void store.link(linkTo, store.businessId)}>
            {t('partners.link')}
          </button>
        </div>
      )}
      <ShareList store={store} />
      <details>
        <summary>{t('partners.referTitle')}</summary>
        <ReferralForm store={store} today={today} />
      </details>
      <details>
        <summary>{t('partners.shareTitle')}</summary>
        <ShareForm store={store} today={today} />
      </details>
    </section>
  );
}

function ReferralForm({ store, today }: { store: PartnersStore; today: string }) {
  const t = useT();
  const [org, setOrg] = useState('');
  const [reason, setReason] = useState('');
  const [on, setOn] = useState(today);
  const submit = useImeSafeSubmit(() => void store.refer({ toOrgId: org, reason, referredOn: on }).then((ok) => ok && setReason('')));
  return (
    <form class="partners-form" aria-label={t('partners.referTitle')} {...submit}>
      <OrgChooser found={store.found.value} onSearch={(q) => void store.search(q)} value={org} onChange={setOrg} />
      <TextField label={t('partners.reason')} value={reason} onInput={setReason} multiline rows={2} maxLength={4000} />
      <TextField label={t('partners.referredOn')} type="date" value={on} onInput={setOn} />
      <button type="submit" class="primary" disabled={org === '' || reason.trim() === ''}>
        {t('partners.refer')}
      </button>
    </form>
  );
}

function ShareForm({ store, today }: { store: PartnersStore; today: string }) {
  const t = useT();
  const [org, setOrg] = useState('');
  const [consentOn, setConsentOn] = useState(today);
  const [method, setMethod] = useState<ConsentMethod | ''>('');
  const [purpose, setPurpose] = useState('');
  const [scope, setScope] = useState<ShareScope[]>(['profile']);
  const [expiresOn, setExpiresOn] = useState('');
  const toggle = (s: ShareScope, on: boolean) =>
    setScope(on ? [...SHARE_SCOPES.filter((x) => x === s || scope.includes(x))] : scope.filter((x) => x !== s));
  const ready = org !== '' && method !== '' && purpose.trim() !== '' && scope.length > 0 && expiresOn !== '';
  const submit = useImeSafeSubmit(() => {
    if (method === '') return;
    void store.share({ toOrgId: org, consentOn, consentMethod: method, purpose, scope, expiresOn });
  });
  return (
    <form class="partners-form" aria-label={t('partners.shareTitle')} {...submit}>
      <p class="muted">{t('partners.shareNote')}</p>
      <OrgChooser found={store.found.value} onSearch={(q) => void store.search(q)} value={org} onChange={setOrg} />
      <TextField label={t('partners.consentOn')} type="date" value={consentOn} onInput={setConsentOn} />
      <SelectField<ConsentMethod>
        label={t('partners.consentMethod')}
        value={method}
        onChange={setMethod}
        options={[
          { value: '', label: t('partners.chooseMethod') },
          ...CONSENT_METHODS.map((m) => ({ value: m, label: t(`partners.method.${m}`) })),
        ]}
      />
      <TextField label={t('partners.purpose')} value={purpose} onInput={setPurpose} maxLength={100} />
      <fieldset>
        <legend>{t('partners.scope')}</legend>
        {SHARE_SCOPES.map((s) => (
          <label key={s} class="check">
            <input type="checkbox" checked={scope.includes(s)} onChange={(e) => toggle(s, e.currentTarget.checked)} />{' '}
            {t(`partners.scope.${s}`)}
          </label>
        ))}
      </fieldset>
      <TextField label={t('partners.expiresOn')} type="date" value={expiresOn} onInput={setExpiresOn} />
      <button type="submit" class="primary" disabled={!ready}>
        {t('partners.share')}
      </button>
    </form>
  );
}
