import { useId, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import { useCapture, useT } from '../state/contexts';
import { confirmingIme, enterKey } from './keys';
import { tagName } from './tag-name';

interface Props {
  selected: readonly string[];
  onChange: (tagIds: string[]) => void;
}

/**
 * Tags grouped by taxonomy, right after the note. Typing filters every group (kana/width-
 * insensitive); Enter adds the first match (already chosen: it stays) and empties the box for
 * the next tag, so tagging works without the mouse (a tag comes off with its chip's ×, never
 * by Enter). The chips come after the box, so Tab from the note lands in it. The Enter that
 * confirms an IME conversion only confirms it.
 */
export function TagPicker({ selected, onChange }: Props) {
  const t = useT();
  const { taxonomy } = useCapture();
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const inputId = useId();
  const listId = useId();
  const names = taxonomy.names.value;
  const groups = query.trim() || showAll ? taxonomy.filter(query) : [];
  const isOn = (id: string) => selected.includes(id);
  const toggle = (id: string) => {
    if (isOn(id)) onChange(selected.filter((s) => s !== id));
    else if (selected.length < LIMITS.tagsPerConsultation) onChange([...selected, id]);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (confirmingIme(e)) return;
    if (enterKey(e) === 'plain') {
      e.preventDefault();
      const first = groups[0]?.tags[0];
      if (!query.trim() || !first) return;
      if (!isOn(first.id) && selected.length < LIMITS.tagsPerConsultation) onChange([...selected, first.id]);
      setQuery('');
    } else if (e.key === 'Escape' && query) {
      e.stopPropagation();
      setQuery('');
    }
  };

  return (
    <fieldset class="tags">
      <legend>{t('tags.label')}</legend>
      <div class="tag-search">
        <label for={inputId} class="visually-hidden">
          {t('tags.search')}
        </label>
        <input
          id={inputId}
          type="text"
          autocomplete="off"
          placeholder={t('tags.searchPlaceholder')}
          aria-controls={listId}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          onKeyDown={onKeyDown}
        />
        <button type="button" class="link" aria-expanded={showAll} aria-controls={listId} onClick={() => setShowAll(!showAll)}>
          {showAll ? t('tags.hideAll') : t('tags.showAll')}
        </button>
      </div>
      {selected.length > 0 && (
        <ul class="chips" aria-label={t('tags.selected')}>
          {selected.map((id) => (
            <li key={id} class="chip">
              {tagName(names, id, t)}
              <button
                type="button"
                class="chip-remove"
                aria-label={t('tags.remove', { name: tagName(names, id, t) })}
                onClick={() => toggle(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div id={listId} class="tag-groups">
        {query.trim() && groups.length === 0 && <p class="muted">{t('tags.noMatch')}</p>}
        {groups.map(({ group, tags }) => (
          <fieldset key={group.id} class="tag-group">
            <legend>{group.name}</legend>
            {tags.map((tag) => (
              <label key={tag.id} class="tag-option">
                <input type="checkbox" checked={isOn(tag.id)} onChange={() => toggle(tag.id)} />
                {tag.name}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
