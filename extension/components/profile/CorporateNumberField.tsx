import { useEffect, useState } from 'preact/hooks';
import { isValidCorporateNumber } from '../../../shared/corporate-number';
import { halfWidthDigits } from '../../karte/profile-draft';
import { useT } from '../../state/contexts';
import { TextField } from '../TextField';
import { SameNumberWarning } from './SameNumberWarning';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** Other live businesses with a number (this one left out). */
  findSame: (number: string) => Promise<ReadonlyArray<{ id: string; name: string }>>;
}

/**
 * 法人番号: the check digit verified as it is typed (full-width digits and hyphens welcome), and
 * a warning, not a refusal, when another business on this device has the same number.
 */
export function CorporateNumberField({ value, onInput, findSame }: Props) {
  const t = useT();
  const number = halfWidthDigits(value);
  const valid = /^\d{13}$/.test(number) && isValidCorporateNumber(number);
  const [others, setOthers] = useState<ReadonlyArray<{ id: string; name: string }>>([]);
  useEffect(() => {
    if (!valid) {
      setOthers([]);
      return;
    }
    let live = true;
    void findSame(number).then((found) => live && setOthers(found));
    return () => {
      live = false;
    };
  }, [number, valid]);
  return (
    <>
      <TextField
        label={t('basics.corporateNumber')}
        value={value}
        onInput={onInput}
        placeholder={t('basics.corporateNumberHint')}
        inputMode="numeric"
      />
      {number !== '' && !valid && (
        <p class="field-error" role="alert">
          {t('basics.corporateNumberBad')}
        </p>
      )}
      <SameNumberWarning others={others} newTab />
    </>
  );
}
