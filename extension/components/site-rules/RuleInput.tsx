import { useId } from 'preact/hooks';

interface Props {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** The schema's message for this field, shown under it and tied to it for screen readers. */
  error?: string;
  help?: string;
  placeholder?: string;
  type?: 'text' | 'url';
}

/** A labelled input of the site rule form with its help and its error. */
export function RuleInput({ label, value, onInput, error, help, placeholder, type = 'text' }: Props) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [help ? helpId : null, error ? errorId : null].filter((x) => x !== null).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        spellcheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {help && (
        <span id={helpId} class="muted">
          {help}
        </span>
      )}
      {error && (
        <span id={errorId} class="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
