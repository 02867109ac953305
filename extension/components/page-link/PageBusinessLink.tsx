import { useState } from 'preact/hooks';
import type { LocalBusiness } from '../../db/schema';
import { useT } from '../../state/contexts';
import type { PageBusinessStore } from '../../state/page-business-store';
import { NoticeText } from '../NoticeText';
import { TextField } from '../TextField';
import { LinkBusinessPicker } from './LinkBusinessPicker';
import './page-link.css';
import { nameFromTitle } from '../../site-rules/name-from-title';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

/**
 * What a site rule says about the portal page beside the panel: its business (opened here),
 * several (the advisor picks), or none yet (link the ID to a business, or register one).
 */
interface Props {
  store: PageBusinessStore;
  /** The business the note being written is for (null: none chosen yet). */
  selected: LocalBusiness | null;
  /** The advisor keeps that business: the page (another business's) is left out of the note. */
  onKeep: () => void;
  /** The note moves to the page's business: the page is recorded with it again. */
  onFollow: () => void;
}

export function PageBusinessLink({ store, selected, onKeep, onFollow }: Props) {
  const t = useT();
  const s = store.state.value;
  const [mode, setMode] = useState<'link' | 'create' | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  const keep = () => {
    setKept(true);
    onKeep();
  };
  // Never a silent mismatch: the page is another business's (or nobody's yet) while the note is for `selected`.
  const mismatch = (page: string | null) =>
    selected && !kept ? (
      <div class="mismatch" role="alert" data-testid="page-mismatch">
        <p>{page ? t('link.mismatch', { page, selected: selected.name }) : t('link.mismatchUnlinked', { selected: selected.name })}</p>
        <button type="button" class="link" onClick={keep}>
          {t('link.keep', { name: selected.name })}
        </button>
      </div>
    ) : null;
  // Typing a Japanese name and confirming it with Enter must not register the business yet.
  const register = useImeSafeSubmit(() => {
    if (s.kind === 'unlinked') void store.register(name ?? nameFromTitle(s.pageTitle));
  });
  // A rule's pattern often covers a portal's list pages too: a page without an ID is no news.
  if (s.kind === 'none' || s.kind === 'noId') return null;
  const label = t('link.region');
  const body = (() => {
    switch (s.kind) {
      case 'reading':
        return (
          <p role="status" class="muted">
            {t('link.reading')}
          </p>
        );
      case 'denied':
        return <p class="muted">{t('link.denied')}</p>;
      case 'found': {
        const ids = { system: s.rule.system, value: s.externalId };
        if (s.businesses.length > 1) {
          return (
            <>
              <p>{t('link.many', { ...ids, count: s.businesses.length })}</p>
              <div class="buttons">
                {s.businesses.map((b) => (
                  <button type="button" class="secondary" key={b.id} onClick={() => store.open(b.id)}>
                    {t('link.open', { name: b.name })}
                  </button>
                ))}
              </div>
            </>
          );
        }
        const b = s.businesses[0]!;
        if (s.opened === b.id || selected?.id === b.id) return <p role="status">{t('link.opened', { ...ids, name: b.name })}</p>;
        return (
          <>
            <p>{t('link.found', { ...ids, name: b.name })}</p>
            <button
              type="button"
              class={selected ? 'primary' : 'secondary'}
              onClick={() => {
                onFollow();
                setKept(false);
                store.open(b.id);
              }}
            >
              {selected ? t('link.switchTo', { name: b.name }) : t('link.open', { name: b.name })}
            </button>
            {mismatch(b.name)}
          </>
        );
      }
      case 'unlinked':
        return (
          <>
            <p>{t('link.unlinked', { system: s.rule.system, value: s.externalId })}</p>
            {mismatch(null)}
            <div class="buttons">
              {selected && (
                <button type="button" class="primary" onClick={() => void store.link(selected)}>
                  {t('link.linkToSelected', { name: selected.name })}
                </button>
              )}
              <button type="button" class="secondary" aria-pressed={mode === 'link'} onClick={() => setMode('link')}>
                {t('link.linkExisting')}
              </button>
              <button type="button" class="secondary" aria-pressed={mode === 'create'} onClick={() => setMode('create')}>
                {t('link.createNew')}
              </button>
            </div>
            {mode === 'link' && <LinkBusinessPicker search={store.search} onPick={(b) => void store.link(b)} />}
            {mode === 'create' && (
              <form {...register}>
                <TextField label={t('link.newName')} value={name ?? nameFromTitle(s.pageTitle)} onInput={setName} />
                <button type="submit" class="primary">
                  {t('link.register')}
                </button>
              </form>
            )}
          </>
        );
    }
  })();
  return (
    <section class="page-link" aria-label={label} data-testid="page-link">
      <h2 class="list-heading">{label}</h2>
      {body}
      <NoticeText notice={store.notice.value} />
    </section>
  );
}
