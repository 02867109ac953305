import { useId } from 'preact/hooks';
import type { PrintOptions as Options } from '../state/karte-page-store';
import { useT } from '../state/contexts';

interface Props {
  options: Options;
  onChange: (patch: Partial<Options>) => void;
}

/** What the printed karte holds: chosen before printing, next to the print button. */
export function PrintOptions({ options, onChange }: Props) {
  const t = useT();
  const allId = useId();
  const name = useId();
  return (
    <details class="print-options no-print">
      <summary>{t('print.options')}</summary>
      <div class="check">
        <input id={allId} type="checkbox" checked={options.all} onChange={(e) => onChange({ all: e.currentTarget.checked })} />
        <label for={allId}>{t('print.allConsultations')}</label>
      </div>
      <fieldset>
        <legend>{t('print.sensitive')}</legend>
        {(['omit', 'mark'] as const).map((value) => (
          <label key={value} class="radio">
            <input type="radio" name={name} checked={options.sensitive === value} onChange={() => onChange({ sensitive: value })} />
            {value === 'omit' ? t('print.sensitiveOmit') : t('print.sensitiveMark')}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
