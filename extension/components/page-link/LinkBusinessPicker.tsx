import { useId, useState } from 'preact/hooks';
import type { LocalBusiness } from '../../db/schema';
import { useT } from '../../state/contexts';

interface Props {
  search: (query: string) => Promise<LocalBusiness[]>;
  onPick: (business: LocalBusiness) => void;
}

/** Choosing the business a portal page's ID belongs to: search by name, kana or 法人番号. */
export function LinkBusinessPicker({ search, onPick }: Props) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<LocalBusiness[]>([]);
  let latest = query;
  const onInput = (q: string) => {
    setQuery(q);
    latest = q;
    void search(q).then((list) => {
      if (latest === q) setFound(q.trim() === '' ? [] : list);
    });
  };
  return (
    <div class="link-picker">
      <label for={id}>{t('link.pickLabel')}</label>
      <input id={id} type="search" autocomplete="off" value={query} onInput={(e) => onInput(e.currentTarget.value)} />
      <ul class="business-results" aria-label={t('link.pickResults')}>
        {found.map((b) => (
          <li key={b.id}>
            <button type="button" onClick={() => onPick(b)}>
              {t('link.linkTo', { name: b.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
