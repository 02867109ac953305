import { useEffect, useId, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import { normalizeForSearch } from '../../shared/text';
import { useCapture, useT } from '../state/contexts';
import { advisorLabel } from './advisor-label';
import { confirmingIme, enterKey } from './keys';

interface Props {
  selected: readonly string[];
  onChange: (advisorIds: string[]) => void;
}

/** From this many colleagues on, a box narrows the list by name. */
const FILTER_FROM = 8;

/**
 * 同席した支援者: the organisation's enabled colleagues by name (never the advisor writing), as
 * checkboxes. Someone chosen earlier who has since been disabled stays listed, checked, so they
 * can be taken off, but nobody disabled is offered anew. With many colleagues a box narrows the
 * list; its Enter checks the first match (never saves the note), the IME's Enter only converts.
 */
export function CoAdvisorPicker({ selected, onChange }: Props) {
  const t = useT();
  const { directory } = useCapture();
  const [query, setQuery] = useState('');
  const filterId = useId();
  // The directory is read when the editor first shows this, not on the popup's start-up path.
  useEffect(() => directory.start(), [directory]);
  const colleagues = directory.colleagues.value;
  const offered = new Set(colleagues.map((c) => c.id));
  const earlier = selected.filter((id) => !offered.has(id));
  const q = normalizeForSearch(query.trim());
  const shown = q === '' ? colleagues : colleagues.filter((c) => normalizeForSearch(c.name).includes(q));
  const full = selected.length >= LIMITS.advisorsPerConsultation;
  const toggle = (id: string) => onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);

  const onKeyDown = (e: KeyboardEvent) => {
    if (confirmingIme(e) || enterKey(e) !== 'plain') return;
    e.preventDefault();
    const first = shown[0];
    if (first && !selected.includes(first.id) && !full) onChange([...selected, first.id]);
    setQuery('');
  };

  if (colleagues.length === 0 && earlier.length === 0) return null;
  return (
    <fieldset class="co-advisors" data-testid="co-advisors">
      <legend>{t('coAdvisors.legend')}</legend>
      {colleagues.length >= FILTER_FROM && (
        <div class="field">
          <label for={filterId}>{t('coAdvisors.filter')}</label>
          <input
            id={filterId}
            type="search"
            autocomplete="off"
            value={query}
            onInput={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
        </div>
      )}
      {earlier.map((id) => (
        <label key={id} class="tag-option">
          <input type="checkbox" checked onChange={() => toggle(id)} />
          {advisorLabel(id, directory.me.value, directory.byId.value, t)}
        </label>
      ))}
      {shown.map((c) => (
        <label key={c.id} class="tag-option">
          <input
            type="checkbox"
            checked={selected.includes(c.id)}
            disabled={full && !selected.includes(c.id)}
            onChange={() => toggle(c.id)}
          />
          {c.name}
        </label>
      ))}
      {q !== '' && shown.length === 0 && <p class="muted">{t('coAdvisors.noMatch')}</p>}
      {full && <p class="muted">{t('coAdvisors.full', { max: LIMITS.advisorsPerConsultation })}</p>}
    </fieldset>
  );
}
