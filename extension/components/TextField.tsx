import { useId, useLayoutEffect, useRef } from 'preact/hooks';

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
  const control = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);
  const handle = (e: Event) => onInput((e.currentTarget as HTMLInputElement).value);
  const ref = (el: HTMLElement | null) => {
    control.current = el as HTMLInputElement | HTMLTextAreaElement | null;
    if (inputRef) inputRef.current = el;
  };
  // A value changed elsewhere (a quote added in the background) would put the caret at the end.
  const caret = useRef<number | null>(null);
  caret.current = keptCaret(control.current, value);
  useLayoutEffect(() => {
    const kept = caret.current;
    if (kept && control.current) control.current.setSelectionRange(kept, kept);
  });
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

/**
 * Where the caret of the focused `el` stays when its value becomes `next`: where it is, if
 * the text before it is unchanged; otherwise (or when nothing moves it) `null`.
 */
function keptCaret(el: HTMLInputElement | HTMLTextAreaElement | null, next: string): number | null {
  if (!el || el.value === next || el !== el.ownerDocument.activeElement || typeof el.selectionStart !== 'number') return null;
  const at = el.selectionStart;
  return at === el.selectionEnd && next.startsWith(el.value.slice(0, at)) ? at : null;
}
