import { useState } from 'preact/hooks';
import { isValidCorporateNumber } from '../../shared/corporate-number';
import { MEMBERSHIPS } from '../../shared/enums';
import { LIMITS } from '../../shared/limits';
import type { Business } from '../../shared/records';
import type { LocalBusiness } from '../db/schema';
import { useT } from '../state/contexts';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useImeSafeSubmit } from './use-ime-safe-submit';

type Basics = Pick<Business, 'name' | 'nameKana' | 'municipality' | 'membership'> & { corporateNumber: string };

interface Props {
  business: LocalBusiness;
  /** Saves the changed fields; resolves true when saved (the form then closes). */
  onSave: (change: Partial<Business>) => Promise<boolean>;
  onCancel: () => void;
}

/** Full-width digits typed through an IME count as the digits they are. */
const halfWidthDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');

/**
 * The business's basic fields, edited on its karte: name and フリガナ (what search finds it by),
 * 法人番号 (its check digit verified as it is typed), 所在市区町村 and 会員区分.
 */
export function BusinessBasicsForm({ business: b, onSave, onCancel }: Props) {
  const t = useT();
  const [d, setD] = useState<Basics>({
    name: b.name, nameKana: b.nameKana, corporateNumber: b.corporateNumber ?? '', municipality: b.municipality, membership: b.membership,
  });
  const set = (patch: Partial<Basics>) => setD((prev) => ({ ...prev, ...patch }));
  const number = halfWidthDigits(d.corporateNumber);
  const numberProblem = number !== '' && (!/^\d{13}$/.test(number) || !isValidCorporateNumber(number));
  const submit = useImeSafeSubmit(() => void save());
  const save = async () => {
    const next: Partial<Business> = { ...d, corporateNumber: number === '' ? null : number };
    const change = Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== (b as unknown as Record<string, unknown>)[k]));
    if (Object.keys(change).length === 0 || (await onSave(change))) onCancel();
  };
  return (
    <form class="basics-form" aria-label={t('basics.title')} {...submit}>
      <TextField label={t('basics.name')} value={d.name} onInput={(name) => set({ name })} maxLength={LIMITS.name} />
      <TextField label={t('basics.nameKana')} value={d.nameKana} onInput={(nameKana) => set({ nameKana })} maxLength={LIMITS.kana} />
      <TextField label={t('basics.corporateNumber')} value={d.corporateNumber} onInput={(corporateNumber) => set({ corporateNumber })} placeholder={t('basics.corporateNumberHint')} />
      {numberProblem && <p class="field-error" role="alert">{t('basics.corporateNumberBad')}</p>}
      <TextField label={t('basics.municipality')} value={d.municipality} onInput={(municipality) => set({ municipality })} maxLength={LIMITS.shortText} />
      <SelectField
        label={t('basics.membership')}
        value={d.membership}
        options={MEMBERSHIPS.map((m) => ({ value: m, label: t(`membership.${m}`) }))}
        onChange={(membership) => set({ membership: membership || 'unknown' })}
      />
      <div class="buttons">
        <button type="submit" class="primary" disabled={numberProblem || d.name.trim() === ''}>{t('common.save')}</button>
        <button type="button" class="secondary" onClick={onCancel}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
