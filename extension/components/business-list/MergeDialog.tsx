import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BusinessListRow } from '../../karte/business-list';
import { useT } from '../../state/contexts';

interface Props {
  pair: readonly [BusinessListRow, BusinessListRow];
  onMerge: (away: BusinessListRow, kept: BusinessListRow) => void;
  onClose: () => void;
}

/**
 * Merging two records of one business: the advisor picks the one to keep and sees what moves
 * before confirming. A modal dialog (Escape closes it); the kept one defaults to the business
 * with more consultations.
 */
export function MergeDialog({ pair, onMerge, onClose }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [first, second] = pair;
  const [keptId, setKeptId] = useState(first.consultations >= second.consultations ? first.business.id : second.business.id);
  const kept = keptId === first.business.id ? first : second;
  const away = kept === first ? second : first;
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="merge-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="merge-dialog">
      <h2 id={titleId}>{t('merge.title')}</h2>
      <fieldset>
        <legend>{t('merge.keepQuestion')}</legend>
        {pair.map((r) => (
          <label key={r.business.id} class="merge-choice">
            <input type="radio" name="kept" checked={keptId === r.business.id} onChange={() => setKeptId(r.business.id)} />
            <span>
              <strong>{t('merge.keep', { name: r.business.name })}</strong>
              <small class="muted">
                {t('merge.facts', {
                  kana: r.business.nameKana || t('merge.notSet'),
                  number: r.business.corporateNumber ?? t('merge.notSet'),
                  consultations: r.consultations,
                })}
              </small>
            </span>
          </label>
        ))}
      </fieldset>
      <p data-testid="merge-summary">
        {t('merge.summary', {
          away: away.business.name,
          kept: kept.business.name,
          consultations: away.consultations,
          actions: away.openActions,
        })}
      </p>
      <p class="warning">{t('merge.irreversible')}</p>
      <div class="buttons">
        <button type="button" class="primary" onClick={() => onMerge(away, kept)}>
          {t('merge.confirm')}
        </button>
        <button type="button" class="secondary" onClick={() => ref.current?.close()}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}
