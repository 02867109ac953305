import { useId } from 'preact/hooks';
import { useT } from '../../state/contexts';

/**
 * Before sign-in (no token, and not chosen local-only): the notes are kept, but only here.
 * Says so in the popup and the side panel, with the way to sign in.
 */
export function FirstRunBanner({ onOpenOptions }: { onOpenOptions: () => void }) {
  const t = useT();
  const titleId = useId();
  return (
    <section class="first-run" aria-labelledby={titleId} data-testid="first-run">
      <p>
        <strong id={titleId}>{t('sync.firstRunTitle')}</strong> {t('sync.firstRunText')}{' '}
        <button type="button" class="link" onClick={onOpenOptions}>
          {t('sync.firstRunAction')}
        </button>
      </p>
    </section>
  );
}
