import { useEffect, useId, useRef } from 'preact/hooks';
import { jstDateOf } from '../../../shared/fiscal-year';
import { karteHref } from '../../karte/hrefs';
import type { MessageKey } from '../../locales/languages';
import { advisorName } from '../../reports/case-tables';
import { useI18n, useT } from '../../state/contexts';
import type { DrillState } from '../../state/reports-store';
import { NoticeText } from '../NoticeText';

interface Props {
  drill: DrillState;
  onMore: () => void;
  onClose: () => void;
}

/** The records behind a figure: each business by name, a link to its karte (at the consultation). Escape closes. */
export function DrillDownDialog({ drill, onMore, onClose }: Props) {
  const t = useT();
  const i18n = useI18n();
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} class="drill-dialog" aria-labelledby={titleId} onClose={onClose} data-testid="drill-dialog">
      <h2 id={titleId}>{drill.title}</h2>
      <p class="muted" role="status">
        {drill.loading && drill.rows.length === 0
          ? t('reports.loading')
          : t('reports.drillCount', { shown: drill.rows.length, total: drill.total })}
      </p>
      <NoticeText notice={drill.error} testId="drill-error" />
      <ol class="drill-list">
        {drill.rows.map((row) => {
          if (row.kind === 'record') {
            const r = row.record;
            return (
              <li key={r.consultationId}>
                <span class="drill-date">{i18n.date(jstDateOf(r.heldAt))}</span>
                <a href={karteHref(r.businessId, r.consultationId)}>{r.businessName}</a>
                <span class="muted">
                  {[
                    t(`channel.${r.channel}` as MessageKey),
                    r.advisors.map((a) => advisorName(t, a)).join(t('common.listSeparator')),
                    r.durationMin !== null ? t('timeline.minutes', { min: r.durationMin }) : '',
                  ]
                    .filter(Boolean)
                    .join(' ／ ')}
                </span>
              </li>
            );
          }
          const { item } = row;
          return (
            <li key={`${item.businessId}:${item.consultationId ?? ''}:${item.detail ?? ''}`}>
              {item.date && <span class="drill-date">{i18n.date(item.date)}</span>}
              <a href={karteHref(item.businessId, item.consultationId ?? undefined)}>{item.businessName}</a>
              {item.detail && <span class="muted">{item.detail}</span>}
            </li>
          );
        })}
      </ol>
      <div class="buttons">
        {drill.nextCursor && (
          <button type="button" class="secondary" disabled={drill.loading} onClick={onMore}>
            {t('reports.more')}
          </button>
        )}
        <button type="button" class="primary" onClick={onClose}>
          {t('reports.close')}
        </button>
      </div>
    </dialog>
  );
}
