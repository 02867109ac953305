import { useId } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'number' | 'date' | 'month' | 'datetime-local' | 'url' | 'password';
  placeholder?: string;
  /** Receives the control, e.g. to focus it. */
  inputRef?: { current: HTMLElement | null };
  maxLength?: number;
  /** The keyboard a touch device shows (numeric for numbers typed as text, so full-width digits are welcome too). */
  inputMode?: 'numeric' | 'text';
  /** The id of a <datalist> of suggestions. */
  list?: string;
}

/** A labelled input or textarea: the label is the control's accessible name. */
export function TextField({
  label,
  value,
  onInput,
  multiline,
  rows = 3,
  type = 'text',
  placeholder,
  inputRef,
  maxLength,
  inputMode,
  list,
}: Props) {
  const id = useId();
  const handle = (e: Event) => onInput((e.currentTarget as HTMLInputElement).value);
  const ref = (el: HTMLElement | null) => {
    if (inputRef) inputRef.current = el;
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea id={id} ref={ref} rows={rows} value={value} onInput={handle} placeholder={placeholder} maxLength={maxLength} />
      ) : (
        <input
          id={id}
          ref={ref}
          type={type}
          value={value}
          onInput={handle}
          placeholder={placeholder}
          maxLength={maxLength}
          inputMode={inputMode}
          list={list}
        />
      )}
    </div>
  );
}
