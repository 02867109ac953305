import type { StageTimeline } from '../karte/stage-timeline';
import { useI18n, useT } from '../state/contexts';
import { tagName } from './tag-name';

interface Props {
  /** The 伴走ステップ tag ids in model order. */
  steps: readonly string[];
  timeline: StageTimeline;
  tagNames: ReadonlyMap<string, string>;
}

/**
 * Where the business stands on the 伴走 path and which of the 5つの壁 came up when, read from
 * the tags of its consultations (karte/stage-timeline.ts).
 */
export function StageView({ steps, timeline, tagNames }: Props) {
  const t = useT();
  const i18n = useI18n();
  const name = (id: string) => tagName(tagNames, id, t);
  // The first consultation that named each step.
  const reachedOn = new Map<string, string>();
  for (const p of timeline.points) for (const s of p.steps) if (!reachedOn.has(s)) reachedOn.set(s, p.date);
  return (
    <section class="stage-view" aria-labelledby="stage-heading">
      <h2 id="stage-heading">{t('stage.heading')}</h2>
      <h3>{t('stage.steps')}</h3>
      {reachedOn.size === 0 && <p class="muted">{t('stage.noSteps')}</p>}
      <ol class="step-track" aria-label={t('stage.steps')}>
        {steps.map((s) => {
          const current = s === timeline.currentStep;
          const date = reachedOn.get(s);
          return (
            <li key={s} class={current ? 'current' : date ? 'reached' : ''} aria-current={current ? 'step' : undefined}>
              <span>{name(s)}</span>
              {current && <span class="badge">{t('stage.current')}</span>}
              {date && <small class="muted"> {t('stage.reached', { date: i18n.date(date) })}</small>}
            </li>
          );
        })}
      </ol>
      <h3>{t('stage.walls')}</h3>
      {timeline.walls.length === 0 ? (
        <p class="muted">{t('stage.noWalls')}</p>
      ) : (
        <ul class="walls" aria-label={t('stage.walls')}>
          {timeline.walls.map((w) => (
            <li key={w.tagId}>
              <span class="chip chip-wall">{name(w.tagId)}</span>
              <small>{t('stage.wallSpan', { first: i18n.date(w.first), last: i18n.date(w.last), count: w.consultations })}</small>
            </li>
          ))}
        </ul>
      )}
      {timeline.points.length > 0 && (
        <details class="stage-history">
          <summary>{t('stage.history')}</summary>
          <ol>
            {[...timeline.points].reverse().map((p) => (
              <li key={p.consultationId}>
                <time dateTime={p.date}>{i18n.date(p.date)}</time>{' '}
                {[...p.steps, ...p.walls].map((id) => (
                  <span key={id} class={p.walls.includes(id) ? 'chip chip-wall' : 'chip'}>
                    {name(id)}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
