import type { MessageKey } from '../../locales/languages';
import { useT } from '../../state/contexts';

/** The end of a support-record form: what to put right, 保存 and キャンセル. */
export function FormEnd({ problem, onCancel }: { problem: MessageKey | null; onCancel: () => void }) {
  const t = useT();
  return (
    <>
      {problem && (
        <p class="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <div class="buttons">
        <button type="submit" class="primary">
          {t('common.save')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  );
}

interface CheckProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}

/** A labelled checkbox. */
export function CheckField({ id, label, checked, onChange }: CheckProps) {
  return (
    <div class="check field">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <label for={id}>{label}</label>
    </div>
  );
}
