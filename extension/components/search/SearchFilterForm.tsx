import { useId } from 'preact/hooks';
import { CHANNEL_CHOICES, KARTE_STATUSES, PROGRAMME_CHOICES } from '../../../shared/enums';
import type { TaxonomyGroup } from '../../db/tag-queries';
import { useT } from '../../state/contexts';
import { NO_FILTERS, type SearchStore } from '../../state/search-store';
import { readsAllSensitive } from '../../org/viewer';
import { SelectField } from '../SelectField';
import { TextField } from '../TextField';

/** The filters under the search box, folded away until wanted; the summary says how many apply. */
export function SearchFilterForm({ store, taxonomy }: { store: SearchStore; taxonomy: readonly TaxonomyGroup[] }) {
  const t = useT();
  const tagId = useId();
  const mineId = useId();
  const form = store.filters.value;
  const viewer = store.viewer.value;
  const count = Object.entries(form).filter(([k, v]) => v !== NO_FILTERS[k as keyof typeof NO_FILTERS]).length;
  const all = t('search.any');
  return (
    <details class="search-filters">
      <summary>{count > 0 ? t('search.filtersOn', { count }) : t('search.filters')}</summary>
      <div class="row">
        <TextField label={t('search.from')} type="date" value={form.from} onInput={(from) => store.setFilters({ from })} />
        <TextField label={t('search.to')} type="date" value={form.to} onInput={(to) => store.setFilters({ to })} />
      </div>
      <div class="field">
        <label for={tagId}>{t('search.tag')}</label>
        <select id={tagId} value={form.tagId} onChange={(e) => store.setFilters({ tagId: e.currentTarget.value })}>
          <option value="">{all}</option>
          {taxonomy.map((g) => (
            <optgroup key={g.group.id} label={g.group.name}>
              {g.tags.map((tag) => (
                <option key={tag.id} value={tag.id}>
                  {tag.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div class="row">
        <SelectField
          label={t('field.channel')}
          value={form.channel}
          onChange={(channel) => store.setFilters({ channel })}
          options={[{ value: '', label: all }, ...CHANNEL_CHOICES.map((c) => ({ value: c, label: t(`channel.${c}`) }))]}
        />
        <SelectField
          label={t('field.programme')}
          value={form.programme}
          onChange={(programme) => store.setFilters({ programme })}
          options={[{ value: '', label: all }, ...PROGRAMME_CHOICES.map((p) => ({ value: p, label: t(`programme.${p}`) }))]}
        />
      </div>
      <SelectField
        label={t('search.status')}
        value={form.status}
        onChange={(status) => store.setFilters({ status })}
        options={[{ value: '', label: all }, ...KARTE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      {viewer.advisorId && (
        <div class="check">
          <input id={mineId} type="checkbox" checked={form.mine} onChange={(e) => store.setFilters({ mine: e.currentTarget.checked })} />
          <label for={mineId}>{t('search.mine')}</label>
        </div>
      )}
      {!readsAllSensitive(viewer) && <p class="muted">{t('search.sensitiveHidden')}</p>}
      <button type="button" class="link" disabled={count === 0} onClick={() => store.clearFilters()}>
        {t('search.clearFilters')}
      </button>
    </details>
  );
}
