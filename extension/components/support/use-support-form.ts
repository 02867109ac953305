import { useEffect, useRef, useState } from 'preact/hooks';
import type { Outcome } from '../../karte/support-draft';
import type { MessageKey } from '../../locales/languages';
import { confirmingIme } from '../keys';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

/**
 * A support-record form's draft and behaviour: the first control has the focus when it opens,
 * Escape cancels, Enter in a one-line field saves (never the Enter that confirms an IME
 * conversion; nor its Escape), and the first thing to put right is shown until the next try.
 */
export function useSupportForm<D, F>(
  initial: () => D,
  toFields: (d: D) => Outcome<F>,
  onSave: (fields: F) => Promise<unknown>,
  onCancel: () => void,
) {
  const [draft, setDraft] = useState<D>(initial);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = formRef.current?.querySelector<HTMLElement>('select, input, textarea');
    first?.focus();
    first?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  const save = async () => {
    const out = toFields(draft);
    if ('problem' in out) {
      setProblem(out.problem);
      return;
    }
    setProblem(null);
    await onSave(out.fields);
  };
  const submit = useImeSafeSubmit(() => void save());
  return {
    draft,
    set: (patch: Partial<D>) => setDraft((prev) => ({ ...prev, ...patch })),
    problem,
    formProps: {
      ref: formRef,
      ...submit,
      onKeyDown: (e: KeyboardEvent) => {
        // Escape during a conversion belongs to the IME (it cancels the conversion, not the form).
        if (e.key === 'Escape' && !confirmingIme(e)) {
          e.preventDefault();
          onCancel();
        }
      },
    },
  };
}
