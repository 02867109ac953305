import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { IndustryCode } from '../../../shared/industry';
import type { IndustryMiddleCode } from '../../../shared/industry-middle';
import { searchIndustries } from '../../karte/industry-search';
import { jaIndustry } from '../../locales/ja-industry';
import { useT } from '../../state/contexts';
import { confirmingIme, enterKey } from '../keys';
import { divisionLine, industryLabel } from './profile-text';
import { useIndustryNames } from './use-industry-names';

interface Props {
  value: IndustryMiddleCode | '';
  onChange: (code: IndustryMiddleCode | '') => void;
  /** A 大分類 recorded without a 中分類 (before 中分類 existed, or by a client of protocol 1 or 2). */
  divisionOnly: IndustryCode | null;
}

/**
 * 業種 by 中分類, found by typing part of its name or its code (「飲食」 or 「76」 → 76 飲食店); its
 * 大分類 shows beneath. A combobox: ↑/↓ move through the list, Enter chooses, Escape leaves it as
 * it was; the Enter that confirms an IME conversion only converts.
 */
export function IndustryField({ value, onChange, divisionOnly }: Props) {
  const t = useT();
  const names = useIndustryNames();
  const inputId = useId();
  const listId = useId();
  const hintId = useId();
  /** What is typed; null while the field shows the chosen 中分類. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const tables = useMemo(() => (names && names !== jaIndustry ? [names, jaIndustry] : [jaIndustry]), [names]);
  const results = useMemo(() => (query === null ? [] : searchIndustries(query, tables)), [query, tables]);
  const open = query !== null;
  const optionId = (i: number) => `${listId}-${i}`;
  useEffect(() => {
    listRef.current?.querySelector(`#${CSS.escape(optionId(active))}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [active, open]);

  const choose = (code: IndustryMiddleCode) => {
    onChange(code);
    setQuery(null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (confirmingIme(e)) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        setQuery('');
        setActive(0);
        return;
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => Math.min(Math.max(i + step, 0), Math.max(results.length - 1, 0)));
    } else if (enterKey(e) === 'plain' && open) {
      e.preventDefault();
      const code = results[active] ?? results[0];
      if (code) choose(code);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setQuery(null);
    }
  };
  const division = divisionLine(t, value || null);
  return (
    <div class="field industry-field">
      <label for={inputId}>{t('profile.industry')}</label>
      <input
        id={inputId}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results.length > 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        placeholder={t('profile.industryPlaceholder')}
        value={query ?? (value ? industryLabel(t, value, names) : '')}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={() => setQuery(null)}
      />
      <ul id={listId} ref={listRef} role="listbox" class="industry-results" aria-label={t('profile.industryResults')} hidden={!open}>
        {results.map((code, i) => (
          <li
            key={code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={i === active ? 'active' : undefined}
            // Keep the focus in the input: a click chooses without blurring it first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(code)}
          >
            {industryLabel(t, code, names)}
          </li>
        ))}
      </ul>
      {open && results.length === 0 && <p class="muted">{t('profile.industryNoMatch')}</p>}
      <p id={hintId} class="hint">
        {division ??
          (divisionOnly ? t('profile.industryDivisionOnly', { name: t(`industry.${divisionOnly}`) }) : t('profile.industryHint'))}
      </p>
      {value && (
        <button type="button" class="link" onClick={() => onChange('')}>
          {t('profile.industryClear')}
        </button>
      )}
    </div>
  );
}
