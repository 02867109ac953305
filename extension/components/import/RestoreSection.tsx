import { useI18n, useT } from '../../state/contexts';
import type { RestoreStore } from '../../state/restore-store';
import { NoticeText } from '../NoticeText';

/** JSON から復元: an export of a whole organisation (機微 included) back into this empty one, part by part. */
export function RestoreSection({ store }: { store: RestoreStore }) {
  const t = useT();
  const i18n = useI18n();
  const chosen = store.chosen.value;
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) store.choose(file.name, await file.text());
  };
  return (
    <section class="org-section" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('restore.heading')}</h2>
      <p class="muted">{t('restore.intro')}</p>
      <label class="field">
        <span>{t('restore.file')}</span>
        <input type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
      </label>
      {chosen && (
        <p data-testid="restore-summary">
          {t('restore.summary', {
            org: chosen.document.organisation.name,
            at: i18n.dateTime(chosen.document.exportedAt),
            records: chosen.document.records.length,
            people: chosen.document.advisors.length,
          })}
        </p>
      )}
      {chosen && !store.done.value && (
        <div class="buttons">
          <button type="button" class="primary" disabled={store.busy.value} onClick={() => void store.restore()}>
            {store.busy.value
              ? t('restore.progress', { part: store.next.value + 1, parts: chosen.parts })
              : store.next.value > 0
                ? t('restore.resume')
                : t('restore.start')}
          </button>
        </div>
      )}
      <NoticeText notice={store.notice.value} testId="restore-notice" />
    </section>
  );
}
