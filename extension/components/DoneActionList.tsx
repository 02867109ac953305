import type { LocalAction } from '../db/schema';
import { visibleText } from '../karte/redaction';
import { useI18n, useT } from '../state/contexts';
import { dayOf } from '../dates/local-time';

interface Props {
  actions: readonly LocalAction[];
  onReopen: (action: LocalAction) => void;
}

/** Completed next actions, folded away; one completed by mistake (or that came back) is reopened here. */
export function DoneActionList({ actions, onReopen }: Props) {
  const t = useT();
  const i18n = useI18n();
  if (actions.length === 0) return null;
  return (
    <details class="done-actions no-print" data-testid="done-actions">
      <summary>{t('actions.doneHeading', { count: actions.length })}</summary>
      <ul class="action-rows">
        {actions.map((a) => {
          const text = visibleText(a, a.text, t('sensitive.hiddenText'));
          return (
            <li key={a.id} class="action-row">
              <span class="badge">{t(`side.${a.side}`)}</span>
              <span class="pre action-text">{text}</span>
              {a.doneAt && <small class="muted">{t('actions.doneOn', { date: i18n.date(dayOf(a.doneAt)) })}</small>}
              <button type="button" class="link" aria-label={t('actions.reopenLabel', { text })} onClick={() => onReopen(a)}>
                {t('actions.reopen')}
              </button>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
