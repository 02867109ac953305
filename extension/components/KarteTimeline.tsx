import { useEffect, useState } from 'preact/hooks';
import type { TaxonomyGroup } from '../db/tag-queries';
import { useT, useKartePage } from '../state/contexts';
import { FIRST_ENTRIES } from './timeline-window';
import { TimelineEntry } from './TimelineEntry';
import { TimelineFilters } from './TimelineFilters';

interface Props {
  groups: readonly TaxonomyGroup[];
  tagNames: ReadonlyMap<string, string>;
  me: string | null;
  /** Called once every entry is on the page (after the paint of the rest). */
  onComplete?: () => void;
}

/**
 * Every consultation of the karte, newest first, narrowed by the filters. The newest entries
 * render first; the rest follow right after that first paint (a karte can hold hundreds).
 */
export function KarteTimeline({ groups, tagNames, me, onComplete }: Props) {
  const t = useT();
  const store = useKartePage();
  const all = store.consultations.value;
  const matching = store.timeline.value;
  const [complete, setComplete] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setComplete(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    if (complete) onComplete?.();
  }, [complete]);
  const shown = complete ? matching : matching.slice(0, FIRST_ENTRIES);
  const byConsultation = store.actionsByConsultation.value;
  const sourceId = store.view.value?.business?.essentialIssueSourceId ?? null;
  const unsent = store.unsent.value;
  const advisors = store.directory.byId.value;
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <TimelineFilters
        filter={store.filter.value}
        facets={store.facets.value}
        groups={groups}
        me={me}
        advisors={advisors}
        shown={matching.length}
        total={all.length}
        onChange={(patch) => store.setFilter(patch)}
        onClear={() => store.clearFilter()}
      />
      {all.length === 0 && <p class="muted">{t('karte.noConsultations')}</p>}
      {all.length > 0 && matching.length === 0 && <p class="muted">{t('timeline.noMatch')}</p>}
      <ol class="timeline-list">
        {shown.map((c) => (
          <li key={c.id} class={c.sensitive ? 'sensitive-content' : undefined}>
            <TimelineEntry
              c={c}
              actions={byConsultation.get(c.id) ?? []}
              tagNames={tagNames}
              me={me}
              advisors={advisors}
              adopted={sourceId === c.id}
              unsent={unsent.has(c.id)}
              onAdoptIssue={(x) => void store.adoptIssue(x)}
              onEdit={store.editorStores ? (x) => store.edit(x) : undefined}
              onDelete={(x) => void store.removeConsultation(x)}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
