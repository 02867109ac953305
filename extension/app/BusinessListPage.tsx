import { useEffect, useId } from 'preact/hooks';
import { KARTE_STATUSES } from '../../shared/enums';
import { BusinessTable } from '../components/business-list/BusinessTable';
import { MergeDialog } from '../components/business-list/MergeDialog';
import { advisorLabel } from '../components/advisor-label';
import { NoticeText } from '../components/NoticeText';
import { UndoToast } from '../components/UndoToast';
import type { LocalBusiness } from '../db/schema';
import { ownerOf, visibleRows } from '../karte/business-list';
import { EXPORT_HREF, ORGANISATION_HREF, REPORTS_HREF } from '../karte/hrefs';
import { authorKey } from '../karte/timeline-filter';
import type { BusinessListStore } from '../state/business-list-store';
import { useT } from '../state/contexts';
import './karte.css';
import './business-list.css';

interface Props {
  store: BusinessListStore;
  /** The signed-in advisor; null: not signed in (every business is everyone's). */
  me: string | null;
  /** A manager or admin: the page links to the organisation page. */
  showOrganisation?: boolean;
  /** Signed in to an organisation: the page links to the reports (everyone's own work, a manager's organisation). */
  showReports?: boolean;
}

/** businesses.html: every business of the organisation on this device — find, sort, open, delete, merge. */
export function BusinessListPage({ store, me, showOrganisation = false, showReports = false }: Props) {
  const t = useT();
  const textId = useId();
  const statusId = useId();
  const mineId = useId();
  useEffect(() => {
    document.title = `${t('businesses.title')} | ${t('app.name')}`;
  }, [t]);
  const rows = store.rows.value;
  const view = store.view.value;
  const advisors = store.directory.byId.value;
  const owner = (b: LocalBusiness) => advisorLabel(ownerOf(b, me) ?? authorKey(b, me), me, advisors, t);
  const shown = rows ? visibleRows(rows, view, me, owner) : [];
  const { undo } = store;
  return (
    <main class="business-list">
      <header class="bar">
        <h1>{t('businesses.title')}</h1>
        <span class="buttons">
          {showReports && <a href={REPORTS_HREF}>{t('reports.link')}</a>}
          {/* Everyone connected may export their own records (export.html); admins the whole organisation. */}
          {showReports && <a href={EXPORT_HREF}>{t('export.link')}</a>}
          {showOrganisation && <a href={ORGANISATION_HREF}>{t('businesses.orgLink')}</a>}
          {showReports && <a href="partners.html">{t('partners.pageLink')}</a>}
          <span class="app-name">{t('app.name')}</span>
        </span>
      </header>
      <section class="filters" aria-label={t('businesses.filterHeading')}>
        <label for={textId}>{t('businesses.filterText')}</label>
        <input id={textId} type="search" value={view.text} onInput={(e) => store.setView({ text: e.currentTarget.value })} />
        <label for={statusId}>{t('businesses.filterStatus')}</label>
        <select id={statusId} value={view.status} onChange={(e) => store.setView({ status: e.currentTarget.value as typeof view.status })}>
          <option value="">{t('businesses.filterStatusAll')}</option>
          {KARTE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        {me && (
          <span class="check">
            <input id={mineId} type="checkbox" checked={view.mine} onChange={(e) => store.setView({ mine: e.currentTarget.checked })} />
            <label for={mineId}>{t('businesses.filterMine')}</label>
          </span>
        )}
      </section>
      {!rows ? (
        <p class="muted" role="status">
          {t('businesses.loading')}
        </p>
      ) : rows.length === 0 ? (
        <p>{t('businesses.none')}</p>
      ) : (
        <>
          <div class="list-tools">
            <p class="muted" role="status">
              {t('businesses.count', { shown: shown.length, total: rows.length })}
            </p>
            <button type="button" class="secondary" disabled={store.selected.value.length !== 2} onClick={() => store.openMerge()}>
              {t('businesses.mergeSelected')}
            </button>
            <small class="muted">{t('businesses.mergeHint')}</small>
          </div>
          {shown.length === 0 ? (
            <p>{t('businesses.noMatch')}</p>
          ) : (
            <BusinessTable
              rows={shown}
              view={view}
              selected={store.selected.value}
              ownerLabel={owner}
              onSort={(key) => store.sortBy(key)}
              onToggle={(id) => store.toggleSelected(id)}
              onDelete={(r) => void store.remove(r)}
            />
          )}
        </>
      )}
      {undo.canUndo.value || undo.notice.value?.tone !== 'error' ? (
        <UndoToast notice={undo.notice.value} onUndo={undo.canUndo.value ? () => void undo.undo() : null} onTimeout={() => undo.forget()} />
      ) : (
        <NoticeText notice={undo.notice.value} testId="business-list-notice" />
      )}
      {store.merging.value && (
        <MergeDialog pair={store.merging.value} onMerge={(away, kept) => void store.merge(away, kept)} onClose={() => store.closeMerge()} />
      )}
    </main>
  );
}
