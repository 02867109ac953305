import { useEffect, useId, useMemo } from 'preact/hooks';
import type { MessageKey } from '../locales/languages';
import { NoticeText } from '../components/NoticeText';
import { DrillDownDialog } from '../components/reports/DrillDownDialog';
import { PlanTargetsEditor } from '../components/reports/PlanTargetsEditor';
import { ReportControls } from '../components/reports/ReportControls';
import { ReportTableView } from '../components/reports/ReportTableView';
import { ReportTabs, tabId } from '../components/reports/ReportTabs';
import { StartupSheets } from '../components/reports/StartupSheets';
import { BUSINESSES_HREF } from '../karte/hrefs';
import { csvFileName } from '../reports/csv';
import { periodOf } from '../reports/request';
import { periodFilePart, periodLabel, tablesOf } from '../reports/tables';
import { useI18n, useT } from '../state/contexts';
import type { DirectoryStore } from '../state/directory-store';
import type { ReportsStore } from '../state/reports-store';
import './reports.css';

interface Props {
  store: ReportsStore;
  /** Names for the advisor filter and the filters line. */
  directory: DirectoryStore;
  /** Connected to an organisation: reports come from its server. */
  signedIn: boolean;
  /** A manager or admin: the whole organisation, or one advisor's work. */
  manager: boolean;
  /** The 年度 offered, newest first. */
  years: number[];
  onPrint: () => void;
}

/**
 * reports.html, 報告・集計: one report at a time, for a 年度 (the current one by default), a
 * month or a period, filtered by advisor, 事業区分 and 地域; each table with its chart, its CSV
 * and the records behind every figure; printable on A4.
 */
export function ReportsPage({ store, directory, signedIn, manager, years, onPrint }: Props) {
  const t = useT();
  const i18n = useI18n();
  const panelId = useId();
  const kind = store.kind.value;
  const data = store.data.value;
  const request = store.request.value;
  useEffect(() => {
    document.title = `${t('reports.title')} | ${t('app.name')}`;
  }, [t]);
  const date = (d: string) => i18n.date(d);
  const tables = useMemo(() => (data ? tablesOf(data, t, date) : []), [data, t]);
  const period = data?.report.period ?? periodOf(request.period);
  const reportName = t(`reports.kind.${kind}` as MessageKey);
  if (!signedIn) {
    return (
      <main class="reports">
        <h1>{t('reports.title')}</h1>
        <p role="status">{t('reports.signInFirst')}</p>
        <a href="options.html">{t('org.settingsLink')}</a>
      </main>
    );
  }
  const advisorName = (id: string) => directory.byId.value.get(id)?.name ?? t('advisor.unknown');
  const filters = [
    data?.report.scope === 'organisation' && request.filters.advisorId
      ? t('reports.filterAdvisorIs', { name: advisorName(request.filters.advisorId) })
      : '',
    request.filters.programme
      ? t('reports.filterProgrammeIs', {
          name: t(
            request.filters.programme === 'unspecified' ? 'reports.notSet' : (`programme.${request.filters.programme}` as MessageKey),
          ),
        })
      : '',
    request.filters.municipality.trim() ? t('reports.filterAreaIs', { name: request.filters.municipality.trim() }) : '',
  ].filter(Boolean);
  return (
    <main class="reports">
      <header class="bar no-print">
        <h1>{t('reports.title')}</h1>
        <nav class="buttons" aria-label={t('app.name')}>
          <a href={BUSINESSES_HREF}>{t('businesses.link')}</a>
          <a href="options.html">{t('org.settingsLink')}</a>
          <button type="button" class="secondary" onClick={onPrint}>
            {t('reports.print')}
          </button>
        </nav>
      </header>
      <ReportTabs selected={kind} panelId={panelId} onSelect={(k) => store.select(k)} />
      <ReportControls
        period={request.period}
        filters={request.filters}
        years={years}
        advisors={manager ? [...directory.advisors.value].sort((a, b) => a.name.localeCompare(b.name, 'ja')) : null}
        onPeriod={(p) => store.setPeriod(p)}
        onFilters={(f) => store.setFilters(f)}
      />
      <section id={panelId} role="tabpanel" aria-labelledby={tabId(kind)} class="report-panel" data-testid="report-panel">
        <div class="report-heading">
          <h2 class="report-title">{reportName}</h2>
          <p class="report-period-line">{periodLabel(t, period, date)}</p>
          {data && (
            <p class="muted report-scope" data-testid="report-scope">
              {data.report.scope === 'own' ? t('reports.scopeOwn') : t('reports.scopeOrganisation')}
              {filters.length > 0 && ` ${t('reports.filteredBy', { filters: filters.join(t('common.listSeparator')) })}`}
              {` ${t('reports.asOf', { date: date(data.report.asOf) })}`}
            </p>
          )}
        </div>
        {store.loading.value && (
          <p class="muted" role="status">
            {t('reports.loading')}
          </p>
        )}
        <NoticeText notice={store.error.value} testId="report-error" />
        {data?.kind === 'plan' && kind === 'plan' && manager && data.report.targetsApply && (
          <PlanTargetsEditor key={data.report.fiscalYear} report={data.report} onSave={(r) => store.savePlanTargets(r)} />
        )}
        {data &&
          data.kind === kind &&
          tables.map((table) => (
            <ReportTableView
              key={`${kind}:${table.id}`}
              table={table}
              onDrill={(target, title) => store.openDrill(target, title)}
              onCsv={(tbl) => store.downloadCsv(tbl, csvFileName(reportName, tbl.title, periodFilePart(t, period)))}
            />
          ))}
        {data && data.kind === 'startup' && kind === 'startup' && (
          <StartupSheets
            key={`${data.report.period.from}:${data.report.period.to}`}
            report={data.report}
            onCsv={(tbl, name) => store.downloadCsv(tbl, name)}
            onPrint={onPrint}
          />
        )}
      </section>
      {store.drill.value && (
        <DrillDownDialog drill={store.drill.value} onMore={() => void store.moreDrill()} onClose={() => store.closeDrill()} />
      )}
    </main>
  );
}
