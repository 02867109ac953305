import { useState } from 'preact/hooks';
import type { LocalConflict } from '../db/schema';
import { useT } from '../state/contexts';
import type { ConflictTarget } from './conflict-target';
import { TextField } from './TextField';

interface Props {
  conflict: LocalConflict;
  target: ConflictTarget;
  onResolve: (text: string) => Promise<boolean>;
}

/**
 * A field edited on two devices at once: both texts side by side, and the advisor keeps one
 * or merges them by hand (the editor starts with both).
 */
export function ConflictCard({ conflict, target, onResolve }: Props) {
  const t = useT();
  const [merged, setMerged] = useState<string | null>(null);
  const current = target.current ?? '';
  const resolve = async (text: string) => {
    if (await onResolve(text)) setMerged(null);
  };
  return (
    <article class="conflict" aria-label={target.where} data-testid={`conflict-${conflict.id}`}>
      <h3>{target.where}</h3>
      <div class="conflict-texts">
        <figure>
          <figcaption>{t('conflict.current')}</figcaption>
          <p class="pre" data-testid="conflict-current">
            {current}
          </p>
          <button type="button" class="secondary" disabled={target.current === null} onClick={() => void resolve(current)}>
            {t('conflict.keepCurrent')}
          </button>
        </figure>
        <figure>
          <figcaption>{t('conflict.copy')}</figcaption>
          <p class="pre" data-testid="conflict-copy">
            {conflict.text}
          </p>
          <button type="button" class="secondary" disabled={target.current === null} onClick={() => void resolve(conflict.text)}>
            {t('conflict.keepCopy')}
          </button>
        </figure>
      </div>
      {merged === null ? (
        <button
          type="button"
          class="link"
          disabled={target.current === null}
          onClick={() => setMerged(`${current.trimEnd()}\n\n${conflict.text.trim()}`)}
        >
          {t('conflict.merge')}
        </button>
      ) : (
        <div class="conflict-merge">
          <TextField label={t('conflict.merged')} multiline rows={6} value={merged} onInput={setMerged} />
          <div class="buttons">
            <button type="button" class="primary" onClick={() => void resolve(merged)}>
              {t('conflict.saveMerged')}
            </button>
            <button type="button" class="secondary" onClick={() => setMerged(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
    </article>
  );
}
