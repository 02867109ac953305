import { useId } from 'preact/hooks';
import { karteHref } from '../karte/hrefs';
import { startOfLocalDay } from '../dates/local-date';
import type { FollowUp } from '../db/follow-up-queries';
import { useI18n, useT } from '../state/contexts';
import { visibleText } from '../karte/redaction';

interface Props {
  heading: string;
  items: readonly FollowUp[];
  today: string;
  onDone: (item: FollowUp) => void;
  tone?: 'overdue';
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((startOfLocalDay(to) - startOfLocalDay(from)) / DAY_MS);

/** One section of the follow-up list: each action with its business (a link to the karte), due date and 完了. */
export function FollowUpSection({ heading, items, today, onDone, tone }: Props) {
  const t = useT();
  const i18n = useI18n();
  const headingId = useId();
  return (
    <section class={`follow-up-section${tone === 'overdue' ? ' overdue-section' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('followUps.sectionEmpty')}</p>
      ) : (
        <ul class="follow-up-list">
          {items.map((f) => {
            const a = f.action;
            const late = a.dueDate !== null && a.dueDate < today;
            const text = visibleText(a, a.text, t('sensitive.hiddenText'));
            return (
              <li key={a.id} data-testid={`follow-up-${a.id}`}>
                <div class="follow-up-what">
                  <span>
                    <span class="badge">{t(`side.${a.side}`)}</span> <span class="pre">{text}</span>
                  </span>
                  <small>
                    <a href={karteHref(a.businessId, a.consultationId ?? undefined)}>{f.businessName}</a>
                    {' · '}
                    <span class={late ? 'due overdue' : 'due'}>
                      {a.dueDate ? t('actions.dueOn', { date: i18n.date(a.dueDate) }) : t('kartePage.noDue')}
                      {late && ` (${t('followUps.daysOverdue', { days: daysBetween(a.dueDate!, today) })})`}
                    </span>
                  </small>
                </div>
                <button type="button" class="secondary" aria-label={t('actions.markDone', { text })} onClick={() => onDone(f)}>
                  {t('followUps.done')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
