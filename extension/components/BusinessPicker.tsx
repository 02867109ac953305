import { useEffect, useId, useRef } from 'preact/hooks';
import type { LocalBusiness } from '../db/schema';
import { useCapture, useT } from '../state/contexts';
import { confirmingIme, enterKey } from './keys';
import { NoticeText } from './NoticeText';

interface Props {
  /** Called with the business picked or just registered. */
  onPick: (business: LocalBusiness | null) => void;
}

/**
 * The business the new note is recorded for (支援先の事業者), part of the new-note area: once
 * chosen it shows as a chip with 「変更」, so the panel never shows a second search box beside
 * the record search. Until then: incremental search by name, kana or 法人番号, the latest
 * businesses as quick picks, and registration by name only (not offered when a business has
 * exactly that name). Enter picks the first hit (or registers the typed name when nothing
 * matches); the Enter that confirms an IME conversion does nothing.
 */
export function BusinessPicker({ onPick }: Props) {
  const t = useT();
  const { picker } = useCapture();
  const selected = picker.selected.value;
  const query = picker.query.value;
  const results = picker.results.value;
  const inputId = useId();
  const listId = useId();
  const recentId = useId();
  // An empty search lists the businesses seen last, under their own heading.
  const recent = query.trim() === '';
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!selected) void picker.setQuery(picker.query.value);
  }, [selected]);

  const pick = (b: LocalBusiness | null) => {
    picker.select(b);
    onPick(b);
    if (!b) queueMicrotask(() => inputRef.current?.focus());
  };
  const create = async () => {
    const created = await picker.createNamed(picker.query.value);
    if (created) onPick(created);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (confirmingIme(e)) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.querySelector('button')?.focus();
    } else if (enterKey(e) === 'plain') {
      e.preventDefault();
      void picker.settled().then(() => {
        const first = picker.results.value[0];
        if (first) pick(first);
        else if (picker.query.value.trim()) void create();
      });
    }
  };

  if (selected) {
    return (
      <section class="business-picked" aria-label={t('business.selected')}>
        <span class="field-label">{t('business.selected')}</span>
        <strong class="business-chip" data-testid="selected-business">
          {selected.name}
        </strong>
        <button type="button" class="link" aria-label={t('business.change')} onClick={() => pick(null)}>
          {t('business.changeShort')}
        </button>
      </section>
    );
  }
  return (
    <section class="business-picker" aria-label={t('business.selected')}>
      <label for={inputId}>{t('business.search')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="search"
        autocomplete="off"
        placeholder={t('business.searchPlaceholder')}
        aria-controls={listId}
        value={query}
        onInput={(e) => void picker.setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {recent && results.length > 0 && (
        <h3 id={recentId} class="list-heading">
          {t('business.recent')}
        </h3>
      )}
      <ul
        id={listId}
        ref={listRef}
        class={recent ? 'business-results recent' : 'business-results'}
        aria-label={recent ? undefined : t('business.results')}
        aria-labelledby={recent ? recentId : undefined}
      >
        {results.map((b) => (
          <li key={b.id}>
            <button type="button" onClick={() => pick(b)}>
              <span>{b.name}</span>
              {!recent && b.nameKana && <small class="muted"> {b.nameKana}</small>}
              {!recent && b.corporateNumber && <small class="muted"> {t('business.corporateNumber', { number: b.corporateNumber })}</small>}
            </button>
          </li>
        ))}
      </ul>
      {!recent && results.length === 0 && <p class="muted">{t('business.noResults')}</p>}
      {picker.canCreate.value && (
        <button type="button" class="secondary" onClick={() => void create()}>
          {t('business.create', { name: query.trim() })}
        </button>
      )}
      <NoticeText notice={picker.notice.value} />
    </section>
  );
}
