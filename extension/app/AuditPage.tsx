import { useEffect, useId, useState } from 'preact/hooks';
import { AUDIT_GROUP_NAMES, type AuditGroup } from '../../shared/audit';
import { actionLabel, detailOf, jstDateTime, personOf } from '../audit/describe';
import { NoticeText } from '../components/NoticeText';
import { BUSINESSES_HREF, EXPORT_HREF, ORGANISATION_HREF } from '../karte/hrefs';
import { useT } from '../state/contexts';
import { NO_AUDIT_FILTERS, type AuditFilters, type AuditStore } from '../state/audit-store';
import type { DirectoryStore } from '../state/directory-store';
import './export.css';

interface Props {
  /** null: not an admin (the log is theirs only). */
  store: AuditStore | null;
  directory: DirectoryStore;
}

/** audit.html, 操作の記録: who exported, imported, read 機微 text or changed staff and settings, when; filtered, paged, and as CSV. */
export function AuditPage({ store, directory }: Props) {
  const t = useT();
  useEffect(() => {
    document.title = `${t('audit.title')} | ${t('app.name')}`;
  }, [t]);
  const advisorName = (id: string) => directory.byId.value.get(id)?.name ?? null;
  const entries = store?.entries.value ?? null;
  return (
    <main class="audit-page">
      <header class="bar">
        <h1>{t('audit.title')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          <a href={ORGANISATION_HREF}>{t('org.title')}</a>
          <a href={EXPORT_HREF}>{t('export.link')}</a>
        </nav>
      </header>
      {!store && <p role="status">{t('audit.notForYou')}</p>}
      {store && (
        <>
          <p class="muted">{t('audit.intro')}</p>
          <Filters store={store} directory={directory} />
          <NoticeText notice={store.error.value} testId="audit-error" />
          {entries === null && store.loading.value && (
            <p role="status" class="muted">
              {t('audit.loading')}
            </p>
          )}
          {entries && entries.length === 0 && <p role="status">{t('audit.none')}</p>}
          {entries && entries.length > 0 && (
            <>
              <table class="audit-table">
                <caption class="visually-hidden">{t('audit.tableCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.colAt')}</th>
                    <th scope="col">{t('audit.colPerson')}</th>
                    <th scope="col">{t('audit.colAction')}</th>
                    <th scope="col">{t('audit.colDetail')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((e) => (
                    <tr key={e.id}>
                      <td class="at">{jstDateTime(e.at)}</td>
                      <td>{personOf(e, t)}</td>
                      <td>{actionLabel(e.action, t)}</td>
                      <td>{detailOf(e, t, advisorName)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p class="muted" role="status">
                {t('audit.count', { count: entries.length.toLocaleString() })}
              </p>
            </>
          )}
          <div class="buttons">
            {store.nextCursor.value && (
              <button type="button" disabled={store.loading.value} onClick={() => void store.more()}>
                {t('audit.more')}
              </button>
            )}
            <button
              type="button"
              class="secondary"
              disabled={store.downloading.value}
              onClick={() => void store.downloadCsv(t, advisorName)}
            >
              {t('audit.downloadCsv')}
            </button>
          </div>
          {store.downloading.value && (
            <p role="status" class="muted">
              {t('audit.downloading')}
            </p>
          )}
        </>
      )}
    </main>
  );
}

/** The filters, applied together with 「絞り込む」 (a date typed half-way is not sent). */
function Filters({ store, directory }: { store: AuditStore; directory: DirectoryStore }) {
  const t = useT();
  const [draft, setDraft] = useState<AuditFilters>(store.filters.value);
  const ids = { group: useId(), person: useId(), from: useId(), to: useId() };
  const set = (change: Partial<AuditFilters>) => setDraft({ ...draft, ...change });
  const people = [...directory.advisors.value].sort((a, b) => a.name.localeCompare(b.name, 'ja'));
  return (
    <form
      class="audit-filters"
      aria-label={t('audit.filters')}
      onSubmit={(e) => {
        e.preventDefault();
        void store.apply(draft);
      }}
    >
      <div class="field">
        <label for={ids.group}>{t('audit.group')}</label>
        <select id={ids.group} value={draft.group} onChange={(e) => set({ group: e.currentTarget.value as AuditGroup | '' })}>
          <option value="">{t('audit.groupAll')}</option>
          {AUDIT_GROUP_NAMES.map((g) => (
            <option key={g} value={g}>
              {t(`audit.group.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.person}>{t('audit.person')}</label>
        <select id={ids.person} value={draft.advisorId} onChange={(e) => set({ advisorId: e.currentTarget.value })}>
          <option value="">{t('audit.personAll')}</option>
          {people.map((a) => (
            <option key={a.id} value={a.id}>
              {a.active ? a.name : t('advisor.disabled', { name: a.name })}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for={ids.from}>{t('audit.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={draft.from}
          max={draft.to || undefined}
          onInput={(e) => set({ from: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={ids.to}>{t('audit.to')}</label>
        <input id={ids.to} type="date" value={draft.to} min={draft.from || undefined} onInput={(e) => set({ to: e.currentTarget.value })} />
      </div>
      <div class="buttons">
        <button type="submit" class="primary">
          {t('audit.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(NO_AUDIT_FILTERS);
            void store.apply(NO_AUDIT_FILTERS);
          }}
        >
          {t('audit.clear')}
        </button>
      </div>
    </form>
  );
}
