import { useEffect } from 'preact/hooks';
import type { Notice } from '../state/notice';
import { useT } from '../state/contexts';

interface Props {
  notice: Notice | null;
  /** Shown only while the undo is on offer. */
  onUndo: (() => void) | null;
  onTimeout: () => void;
  timeoutMs?: number;
}

/** "Deleted — Undo" for a few seconds; the delete is a tombstone, so undo restores everything. */
export function UndoToast({ notice, onUndo, onTimeout, timeoutMs = 10_000 }: Props) {
  const t = useT();
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(onTimeout, timeoutMs);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice) return null;
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{t(notice.message.key, notice.message.params)}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          {t('common.undo')}
        </button>
      )}
    </div>
  );
}
