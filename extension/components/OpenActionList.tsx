import { ACTION_SIDES } from '../../shared/enums';
import type { LocalAction } from '../db/schema';
import { visibleText } from '../karte/redaction';
import { useI18n, useT } from '../state/contexts';

interface Props {
  actions: readonly LocalAction[];
  today: string;
  /** 機微 consultations: an action of one is marked, or left out, when the karte is printed. */
  sensitiveSources?: ReadonlySet<string>;
  onDone: (action: LocalAction) => void;
}

/** The karte's open next actions, owner-side and advisor-side, each closed with its checkbox. */
export function OpenActionList({ actions, today, sensitiveSources, onDone }: Props) {
  const t = useT();
  const i18n = useI18n();
  return (
    <section class="open-action-list" aria-labelledby="open-actions-heading" data-testid="open-actions">
      <h2 id="open-actions-heading">{t('actions.open')}</h2>
      {actions.length === 0 && <p class="muted">{t('actions.none')}</p>}
      {ACTION_SIDES.map((side) => {
        const mine = actions.filter((a) => a.side === side);
        if (mine.length === 0) return null;
        const heading = side === 'owner' ? t('kartePage.ownerSide') : t('kartePage.advisorSide');
        return (
          <div key={side}>
            <h3>{heading}</h3>
            <ul class="open-actions" aria-label={heading}>
              {mine.map((a) => {
                const overdue = a.dueDate !== null && a.dueDate < today;
                const text = visibleText(a, a.text, t('sensitive.hiddenText'));
                return (
                  <li key={a.id} class={a.consultationId && sensitiveSources?.has(a.consultationId) ? 'sensitive-content' : undefined}>
                    <input type="checkbox" class="no-print" aria-label={t('actions.markDone', { text })} onChange={() => onDone(a)} />
                    <span class="print-only box" aria-hidden="true">
                      □
                    </span>
                    <span class={a.redacted ? 'pre muted' : 'pre'}>{text}</span>
                    <span class={overdue ? 'due overdue' : 'due'}>
                      {a.dueDate ? t('actions.dueOn', { date: i18n.date(a.dueDate) }) : t('kartePage.noDue')}
                      {overdue && ` (${t('actions.overdue')})`}
                    </span>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
