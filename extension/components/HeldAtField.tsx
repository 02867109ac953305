import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n, useT } from '../state/contexts';
import { fromLocalInput } from '../dates/local-time';
import { TextField } from './TextField';

interface Props {
  /** The `datetime-local` value of the draft (now, for a new note). */
  value: string;
  onInput: (value: string) => void;
}

/**
 * 相談日時, shown as text with 「日時を変更」: most notes are written during or right after the
 * consultation, and the datetime input's segments would cost the keyboard six stops on the
 * way to the save button. The button opens the input (and puts the cursor in it).
 */
export function HeldAtField({ value, onInput }: Props) {
  const t = useT();
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLElement>(null);
  const labelId = useId();
  useLayoutEffect(() => {
    if (open) inputRef.current?.focus();
  }, [open]);
  if (open) return <TextField label={t('field.heldAt')} type="datetime-local" value={value} onInput={onInput} inputRef={inputRef} />;
  const iso = fromLocalInput(value);
  return (
    <div class="field held-at" role="group" aria-labelledby={labelId}>
      <span class="field-label" id={labelId}>
        {t('field.heldAt')}
      </span>
      <span class="held-at-value">
        <span data-testid="held-at">{iso ? i18n.dateTime(iso) : value}</span>
        <button type="button" class="link" onClick={() => setOpen(true)}>
          {t('field.heldAtChange')}
        </button>
      </span>
    </div>
  );
}
