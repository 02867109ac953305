import { useId } from 'preact/hooks';
import { suggestSmallBusiness } from '../../../shared/small-business';
import { useT } from '../../state/contexts';
import { suggestionText } from './profile-text';

type Decision = 'yes' | 'no' | '';

interface Props {
  industryMiddle: string | null;
  /** As typed: null when blank or not a number (no suggestion then). */
  employees: number | null;
  value: Decision;
  onChange: (value: Decision) => void;
}

/**
 * 小規模事業者: the legal definition's suggestion for the 業種 and 従業員数 being typed, with its
 * reason, and the advisor's decision (該当する / 該当しない / 未判定), which may differ from it: the
 * difference stays visible.
 */
export function SmallBusinessField({ industryMiddle, employees, value, onChange }: Props) {
  const t = useT();
  const name = useId();
  const reasonId = useId();
  const suggestion = suggestSmallBusiness(industryMiddle, employees);
  const suggested: Decision | null = suggestion ? (suggestion.small ? 'yes' : 'no') : null;
  const options: ReadonlyArray<[Decision, string]> = [
    ['yes', t('profile.smallYes')],
    ['no', t('profile.smallNo')],
    ['', t('profile.smallUnknown')],
  ];
  return (
    <fieldset class="small-business" aria-describedby={reasonId}>
      <legend>{t('profile.smallBusiness')}</legend>
      <p id={reasonId} class="suggestion-line" aria-live="polite">
        {suggestion ? (
          <>
            <span class="badge">{t('profile.suggestion')}</span> <span data-testid="small-suggestion">{suggestionText(t, suggestion)}</span>
          </>
        ) : (
          <span class="muted">{t('profile.suggestNone')}</span>
        )}
      </p>
      <div class="radio-row">
        {options.map(([v, label]) => (
          <label key={v || 'unknown'} class="radio">
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
        {suggested !== null && value !== suggested && (
          <button type="button" class="secondary" onClick={() => onChange(suggested)}>
            {t('profile.acceptSuggestion')}
          </button>
        )}
      </div>
      {suggested !== null && value !== '' && (
        <p class={value === suggested ? 'muted' : 'overridden'} data-testid="small-decision">
          {value === suggested ? t('profile.smallAsSuggested') : t('profile.smallOverridden')}
        </p>
      )}
    </fieldset>
  );
}
