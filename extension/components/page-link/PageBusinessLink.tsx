import { useState } from 'preact/hooks';
import { useT } from '../../state/contexts';
import type { PageBusinessStore } from '../../state/page-business-store';
import { NoticeText } from '../NoticeText';
import { TextField } from '../TextField';
import { LinkBusinessPicker } from './LinkBusinessPicker';
import './page-link.css';
import { nameFromTitle } from '../../state/name-from-title';
import { useImeSafeSubmit } from '../use-ime-safe-submit';

/**
 * What a site rule says about the portal page beside the panel: its business (opened here),
 * several (the advisor picks), or none yet (link the ID to a business, or register one).
 */
export function PageBusinessLink({ store }: { store: PageBusinessStore }) {
  const t = useT();
  const s = store.state.value;
  const [mode, setMode] = useState<'link' | 'create' | null>(null);
  const [name, setName] = useState<string | null>(null);
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
        return <p role="status" class="muted">{t('link.reading')}</p>;
      case 'denied':
        return <p class="muted">{t('link.denied')}</p>;
      case 'found': {
        const ids = { system: s.rule.system, value: s.externalId };
        if (s.businesses.length > 1) {
          return (
            <>
              <p>{t('link.many', { ...ids, count: s.businesses.length })}</p>
              <div class="buttons">
                {s.businesses.map((b) => <button type="button" class="secondary" key={b.id} onClick={() => store.open(b.id)}>{t('link.open', { name: b.name })}</button>)}
              </div>
            </>
          );
        }
        const b = s.businesses[0]!;
        return s.opened === b.id ? <p role="status">{t('link.opened', { ...ids, name: b.name })}</p> : (
          <>
            <p>{t('link.found', { ...ids, name: b.name })}</p>
            <button type="button" class="secondary" onClick={() => store.open(b.id)}>{t('link.open', { name: b.name })}</button>
          </>
        );
      }
      case 'unlinked':
        return (
          <>
            <p>{t('link.unlinked', { system: s.rule.system, value: s.externalId })}</p>
            <div class="buttons">
              <button type="button" class="secondary" aria-pressed={mode === 'link'} onClick={() => setMode('link')}>{t('link.linkExisting')}</button>
              <button type="button" class="secondary" aria-pressed={mode === 'create'} onClick={() => setMode('create')}>{t('link.createNew')}</button>
            </div>
            {mode === 'link' && <LinkBusinessPicker search={store.search} onPick={(b) => void store.link(b)} />}
            {mode === 'create' && (
              <form {...register}>
                <TextField label={t('link.newName')} value={name ?? nameFromTitle(s.pageTitle)} onInput={setName} />
                <button type="submit" class="primary">{t('link.register')}</button>
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
