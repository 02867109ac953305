import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { useT } from '../../state/contexts';

interface Props {
  /** The record kind (the page returns the focus here when a form closes). */
  kind: string;
  heading: string;
  /** How the records are named in the buttons' accessible names (「申請を追加」). */
  what: string;
  count: number;
  /** null while a form of this section is open. */
  onAdd: (() => void) | null;
  testId: string;
  /** The form, when one is open. */
  form?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * One support-record section of the karte: its heading with the count, 「追加」, the records and
 * the form open for a new one. An empty section stays one line and is not printed.
 */
export function SupportSection({ kind, heading, what, count, onAdd, testId, form, children }: Props) {
  const t = useT();
  const headingId = useId();
  return (
    <section
      class={`karte-text support-section${count === 0 ? ' no-print' : ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
      data-kind={kind}
    >
      <div class="bar">
        <h2 id={headingId} tabIndex={-1}>
          {heading}
          {count > 0 && <span class="muted support-count"> {count}</span>}
        </h2>
        {onAdd && (
          <button type="button" class="link no-print" aria-label={t('support.add', { what })} onClick={onAdd}>
            {t('support.addButton')}
          </button>
        )}
      </div>
      {count === 0 && !form && <p class="muted support-none">{t('support.none')}</p>}
      {children}
      {form}
    </section>
  );
}

interface ToolsProps {
  /** The record as named in the buttons' accessible names. */
  name: string;
  onEdit: (() => void) | null;
  onDelete: () => void;
}

/** 編集 and 削除 of one record, named after it for screen readers. */
export function RecordTools({ name, onEdit, onDelete }: ToolsProps) {
  const t = useT();
  return (
    <span class="entry-tools no-print">
      {onEdit && (
        <button type="button" class="link" aria-label={t('support.edit', { what: name })} onClick={onEdit}>
          {t('common.edit')}
        </button>
      )}
      <button type="button" class="link danger" aria-label={t('support.delete', { what: name })} onClick={onDelete}>
        {t('common.delete')}
      </button>
    </span>
  );
}
