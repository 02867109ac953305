import { useId } from 'preact/hooks';
import type { Channel, Programme } from '../../shared/enums';
import type { TimelineFacets, TimelineFilter } from '../karte/timeline-filter';
import type { TaxonomyGroup } from '../db/tag-queries';
import { useT } from '../state/contexts';
import { advisorLabel, type AdvisorDirectory } from './advisor-label';
import { SelectField } from './SelectField';

interface Props {
  filter: TimelineFilter;
  facets: TimelineFacets;
  groups: readonly TaxonomyGroup[];
  me: string | null;
  advisors: AdvisorDirectory;
  shown: number;
  total: number;
  onChange: (patch: Partial<TimelineFilter>) => void;
  onClear: () => void;
}

/** Narrows the timeline; every list offers only values this karte's consultations have. */
export function TimelineFilters({ filter, facets, groups, me, advisors, shown, total, onChange, onClear }: Props) {
  const t = useT();
  const tagId = useId();
  const all = { value: '' as const, label: t('timeline.all') };
  const active = filter.tagId !== null || filter.channel !== null || filter.programme !== null || filter.authorId !== null;
  return (
    <div class="timeline-filters no-print" role="group" aria-label={t('timeline.filters')}>
      <div class="field">
        <label for={tagId}>{t('timeline.tag')}</label>
        <select
          id={tagId}
          name="tag-filter"
          value={filter.tagId ?? ''}
          onChange={(e) => onChange({ tagId: e.currentTarget.value || null })}
        >
          <option value="">{t('timeline.all')}</option>
          {groups.map(({ group, tags }) => {
            const used = tags.filter((tag) => facets.tagIds.has(tag.id));
            return used.length === 0 ? null : (
              <optgroup key={group.id} label={group.name}>
                {used.map((tag) => (
                  <option key={tag.id} value={tag.id}>
                    {tag.name}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      <SelectField<Channel>
        label={t('timeline.channel')}
        value={filter.channel ?? ''}
        options={[all, ...facets.channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))]}
        onChange={(c) => onChange({ channel: c || null })}
      />
      <SelectField<Programme>
        label={t('timeline.programme')}
        value={filter.programme ?? ''}
        options={[all, ...facets.programmes.map((p) => ({ value: p, label: t(`programme.${p}`) }))]}
        onChange={(p) => onChange({ programme: p || null })}
      />
      <SelectField<string>
        label={t('timeline.advisor')}
        value={filter.authorId ?? ''}
        options={[all, ...facets.authorIds.map((a) => ({ value: a, label: advisorLabel(a, me, advisors, t) }))]}
        onChange={(a) => onChange({ authorId: a || null })}
      />
      <div class="filter-summary">
        <span role="status" data-testid="timeline-count">
          {t('timeline.count', { shown, total })}
        </span>
        {active && (
          <button type="button" class="link" onClick={onClear}>
            {t('timeline.clear')}
          </button>
        )}
      </div>
    </div>
  );
}
