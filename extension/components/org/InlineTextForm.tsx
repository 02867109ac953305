import { useState } from 'preact/hooks';
import { TextField } from '../TextField';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

interface Props {
  /** The button that opens the form (its text). */
  open: string;
  /** Its accessible name when the text alone would be ambiguous on a page of many (e.g. with the person's name). */
  openLabel?: string;
  label: string;
  initial?: string;
  submit: string;
  cancel: string;
  maxLength?: number;
  /** Resolves true when done: the form closes. */
  onSubmit: (value: string) => Promise<boolean>;
}

/** A button that opens one labelled text field with 送信 and キャンセル; Enter sends, the IME's Enter only converts. */
export function InlineTextForm({ open, openLabel, label, initial = '', submit, cancel, maxLength, onSubmit }: Props) {
  const [value, setValue] = useState<string | null>(null);
  const handlers = useImeSafeSubmit(() => {
    if (value !== null) void onSubmit(value).then((done) => done && setValue(null));
  });
  if (value === null) {
    return (
      <button type="button" class="secondary" aria-label={openLabel} onClick={() => setValue(initial)}>
        {open}
      </button>
    );
  }
  return (
    <form class="inline-form" {...handlers}>
      <TextField label={label} value={value} onInput={setValue} maxLength={maxLength} />
      <div class="buttons">
        <button type="submit" class="primary">
          {submit}
        </button>
        <button type="button" class="secondary" onClick={() => setValue(null)}>
          {cancel}
        </button>
      </div>
    </form>
  );
}
