import { useEffect } from 'preact/hooks';
import { ColumnMapping } from '../components/import/ColumnMapping';
import { ImportProblems } from '../components/import/ImportProblems';
import { RestoreSection } from '../components/import/RestoreSection';
import { NoticeText } from '../components/NoticeText';
import { IMPORT_SOURCES, type ImportSource } from '../import/columns';
import { BUSINESSES_HREF } from '../karte/hrefs';
import { useT } from '../state/contexts';
import type { ImportStore } from '../state/import-store';
import type { RestoreStore } from '../state/restore-store';
import './organisation.css';
import './import.css';

interface Props {
  /** Null: not a システム管理者 (or not signed in). */
  store: { list: ImportStore; restore: RestoreStore } | null;
}

/**
 * import.html, 事業者リストの取り込み: choose a file, map its columns, check, then register all rows
 * or none; and a JSON export restored into this organisation while it is empty.
 */
export function ImportPage({ store }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('import.title')} | ${t('app.name')}`;
  }, [t]);
  return (
    <main class="organisation import">
      <header class="bar">
        <h1>{t('import.title')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          <a href="organisation.html">{t('org.title')}</a>
        </nav>
      </header>
      {store ? (
        <>
          <ImportSteps store={store.list} />
          <RestoreSection store={store.restore} />
        </>
      ) : (
        <p role="status">{t('import.adminOnly')}</p>
      )}
    </main>
  );
}

function ImportSteps({ store }: { store: ImportStore }) {
  const t = useT();
  const file = store.file.value;
  const outcome = store.outcome.value;
  const written = store.written.value;
  const busy = store.busy.value;
  const choose = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (chosen) store.load(chosen.name, new Uint8Array(await chosen.arrayBuffer()));
  };
  return (
    <>
      <p>{t('import.intro')}</p>
      <section class="org-section" aria-labelledby="import-file-heading">
        <h2 id="import-file-heading">{t('import.stepFile')}</h2>
        <div class="inline-form">
          <label class="field">
            <span>{t('import.source')}</span>
            <select value={store.source.value} onChange={(e) => store.setSource(e.currentTarget.value as ImportSource)}>
              {IMPORT_SOURCES.map((s) => (
                <option key={s} value={s}>
                  {t(`import.source.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="field">
            <span>{t('import.file')}</span>
            <input
              type="file"
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onChange={(e) => void choose(e.currentTarget)}
            />
          </label>
        </div>
        {file && (
          <p class="muted" data-testid="import-loaded">
            {t('import.loaded', { name: file.name, encoding: t(`import.encoding.${file.encoding}`), rows: file.rows.length })}
          </p>
        )}
      </section>
      {file && (
        <section class="org-section" aria-labelledby="import-map-heading">
          <h2 id="import-map-heading">{t('import.stepMap')}</h2>
          <p class="muted">{t('import.mapHint')}</p>
          <ColumnMapping file={file} mapping={store.mapping.value} onChange={(column, target) => store.setTarget(column, target)} />
          <div class="buttons">
            <button type="button" class="primary" disabled={busy} onClick={() => void store.check()}>
              {busy && !outcome ? t('import.checking') : t('import.check')}
            </button>
          </div>
        </section>
      )}
      <NoticeText notice={store.notice.value} testId="import-notice" />
      {(outcome || written) && (
        <section class="org-section" aria-labelledby="import-check-heading">
          <h2 id="import-check-heading">{t('import.stepCheck')}</h2>
          {outcome?.kind === 'problems' && <ImportProblems problems={outcome.problems} total={outcome.total} />}
          {outcome?.kind === 'ready' && (
            <>
              <p role="status">{t('import.ready', { created: outcome.created, updated: outcome.updated, unchanged: outcome.unchanged })}</p>
              <div class="buttons">
                <button type="button" class="primary" disabled={busy} onClick={() => void store.write()}>
                  {busy ? t('import.writing') : t('import.write')}
                </button>
              </div>
            </>
          )}
          {written && (
            <p role="status" data-testid="import-done">
              {t('import.done', { created: written.created, updated: written.updated, unchanged: written.unchanged })}{' '}
              <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
            </p>
          )}
        </section>
      )}
    </>
  );
}
