import { useId, useState } from 'preact/hooks';
import type { OrganisationCard } from '../../../shared/wide-area';
import { useT } from '../../state/contexts';
import { confirmingIme, enterKey } from '../keys';

interface Props {
  found: readonly OrganisationCard[] | null;
  onSearch: (q: string) => void;
  value: string;
  onChange: (orgId: string) => void;
}

/** The other organisation: searched by (part of) its name, then chosen by name, kind and place. Enter searches, never the Enter of an IME conversion. */
export function OrgChooser({ found, onSearch, value, onChange }: Props) {
  const t = useT();
  const [q, setQ] = useState('');
  const searchId = useId();
  const pickId = useId();
  const place = (o: OrganisationCard) =>
    [o.kind ? t(`orgKind.${o.kind}`) : '', o.prefecture ? t(`prefecture.${o.prefecture}`) : '', o.municipality].filter(Boolean).join(' ');
  return (
    <div class="org-chooser">
      <div class="field">
        <label for={searchId}>{t('partners.orgSearch')}</label>
        <input
          id={searchId}
          type="search"
          value={q}
          onInput={(e) => setQ(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (enterKey(e) && !confirmingIme(e)) {
              e.preventDefault();
              onSearch(q);
            }
          }}
        />
        <button type="button" class="secondary" onClick={() => onSearch(q)}>
          {t('partners.search')}
        </button>
      </div>
      <div class="field">
        <label for={pickId}>{t('partners.org')}</label>
        <select id={pickId} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">
            {found === null ? t('partners.searchFirst') : found.length === 0 ? t('partners.noOrg') : t('partners.chooseOrg')}
          </option>
          {(found ?? []).map((o) => (
            <option key={o.id} value={o.id}>
              {place(o) ? `${o.name}（${place(o)}）` : o.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
