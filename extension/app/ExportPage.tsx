import { useEffect, useId } from 'preact/hooks';
import { fileLabel, type ExportFile } from '../export/export-files';
import { NoticeText } from '../components/NoticeText';
import { AUDIT_HREF, BUSINESSES_HREF, ORGANISATION_HREF } from '../karte/hrefs';
import type { Translate } from '../locales/languages';
import { useT } from '../state/contexts';
import type { ExportStore } from '../state/export-store';
import './export.css';

interface Props {
  /** null: not connected to an organisation (nothing to export from). */
  store: ExportStore | null;
}

const nameOf = (file: ExportFile, t: Translate) => (file.kind === 'json' ? t('export.fileJson') : fileLabel(file.kind, t));

/** export.html, データの書き出し: the scope (admins choose), the 機微 checkbox (off by default), then the files to save. */
export function ExportPage({ store }: Props) {
  const t = useT();
  const sensitiveId = useId();
  const sensitiveHintId = useId();
  useEffect(() => {
    document.title = `${t('export.title')} | ${t('app.name')}`;
  }, [t]);
  const files = store?.files.value ?? null;
  return (
    <main class="export-page">
      <header class="bar">
        <h1>{t('export.title')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          {store?.admin && <a href={ORGANISATION_HREF}>{t('org.title')}</a>}
          {store?.admin && <a href={AUDIT_HREF}>{t('export.auditLink')}</a>}
        </nav>
      </header>
      {!store && <p role="status">{t('export.signInFirst')}</p>}
      {store && (
        <form
          class="export-form"
          onSubmit={(e) => {
            e.preventDefault();
            void store.run(t);
          }}
        >
          <p class="muted">{t('export.intro')}</p>
          <fieldset>
            <legend>{t('export.scope')}</legend>
            {store.admin && (
              <ScopeChoice
                value="organisation"
                store={store}
                label={t('export.scopeOrganisation')}
                hint={t('export.scopeOrganisationHint')}
              />
            )}
            <ScopeChoice value="own" store={store} label={t('export.scopeOwn')} hint={t('export.scopeOwnHint')} />
          </fieldset>
          <div class="check">
            <input
              id={sensitiveId}
              type="checkbox"
              checked={store.sensitive.value}
              aria-describedby={sensitiveHintId}
              onChange={(e) => (store.sensitive.value = e.currentTarget.checked)}
            />
            <label for={sensitiveId}>{t('export.sensitive')}</label>
          </div>
          <p id={sensitiveHintId} class="muted">
            {t('export.sensitiveHint')}
          </p>
          <div class="buttons">
            <button type="submit" class="primary" disabled={store.busy.value}>
              {t('export.start')}
            </button>
          </div>
          {store.busy.value && (
            <p role="status" class="muted">
              {t('export.working')}
            </p>
          )}
          <NoticeText notice={store.error.value} testId="export-error" />
        </form>
      )}
      {store && files && (
        <section aria-labelledby="export-files-heading" class="export-files">
          <h2 id="export-files-heading">{t('export.files')}</h2>
          <p role="status">{t('export.done', { count: store.total.value.toLocaleString() })}</p>
          <ul>
            {files.map((file) => (
              <li key={file.kind}>
                <span>{t('export.fileRow', { file: nameOf(file, t), count: file.count.toLocaleString() })}</span>
                <button
                  type="button"
                  aria-label={t('export.saveLabel', { file: nameOf(file, t) })}
                  onClick={() => store.save(file)}
                  data-testid={`save-${file.kind}`}
                >
                  {t('export.save')}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="secondary" onClick={() => store.saveAll()}>
            {t('export.saveAll')}
          </button>
        </section>
      )}
    </main>
  );
}

function ScopeChoice({ value, store, label, hint }: { value: 'organisation' | 'own'; store: ExportStore; label: string; hint: string }) {
  const id = useId();
  return (
    <div class="choice">
      <input
        id={id}
        type="radio"
        name="export-scope"
        value={value}
        checked={store.scope.value === value}
        onChange={() => store.choose(value)}
        aria-describedby={`${id}-hint`}
      />
      <label for={id}>{label}</label>
      <span id={`${id}-hint`} class="muted">
        {hint}
      </span>
    </div>
  );
}
