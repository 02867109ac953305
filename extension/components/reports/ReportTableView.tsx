import { useId } from 'preact/hooks';
import type { DrillTarget } from '../../reports/request';
import type { ReportCell, ReportTable } from '../../reports/table-model';
import { useT } from '../../state/contexts';
import { BarChart } from './BarChart';

interface Props {
  table: ReportTable;
  onDrill: (target: DrillTarget, title: string) => void;
  onCsv: (table: ReportTable) => void;
}

/**
 * One table of a report: its title and how it counts, a chart of it, the table itself (plain
 * cells, so it copies cleanly into a spreadsheet), and its CSV. A figure is a button listing
 * the records behind it; a business is a link to its karte.
 */
export function ReportTableView({ table, onDrill, onCsv }: Props) {
  const t = useT();
  const headingId = useId();
  const cell = (c: ReportCell, i: number, numeric: boolean) => {
    const content = c.href ? (
      <a href={c.href}>{c.text}</a>
    ) : c.drill ? (
      <button
        type="button"
        class="figure"
        aria-label={t('reports.showRecords', { what: c.drillTitle ?? table.title, count: c.text })}
        onClick={() => onDrill(c.drill!, c.drillTitle ?? table.title)}
      >
        {c.text}
      </button>
    ) : (
      c.text
    );
    return (
      <td key={i} class={numeric ? 'num' : undefined}>
        {content}
      </td>
    );
  };
  const chartRows = table.chart
    ? table.rows.map((r) => ({ label: r[0]?.text ?? '', values: table.chart!.series.map((s) => r[s]?.value ?? 0) }))
    : [];
  return (
    <section class="report-table" aria-labelledby={headingId} data-testid={`report-table-${table.id}`}>
      <div class="report-table-head">
        <h2 id={headingId}>{table.title}</h2>
        <button
          type="button"
          class="secondary no-print"
          aria-label={t('reports.csvFor', { title: table.title })}
          onClick={() => onCsv(table)}
        >
          {t('reports.csv')}
        </button>
      </div>
      {table.note && <p class="muted report-note">{table.note}</p>}
      {table.rows.length === 0 ? (
        <p class="muted">{t('reports.noRows')}</p>
      ) : (
        <>
          {table.chart && chartRows.some((r) => r.values.some((v) => v > 0)) && (
            <BarChart
              title={t('reports.chartOf', { title: table.title })}
              series={table.chart.series.map((s) => table.columns[s]?.label ?? '')}
              rows={chartRows}
              orientation={table.chart.orientation}
            />
          )}
          <div class="table-scroll">
            <table class="report">
              <thead>
                <tr>
                  {table.columns.map((c, i) => (
                    <th key={i} scope="col" class={c.numeric ? 'num' : undefined}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, r) => (
                  <tr key={r} class={row.some((c) => c.warning) ? 'warning' : undefined}>
                    {row.map((c, i) => cell(c, i, !!table.columns[i]?.numeric))}
                  </tr>
                ))}
              </tbody>
              {table.footer && (
                <tfoot>
                  <tr>{table.footer.map((c, i) => cell(c, i, !!table.columns[i]?.numeric))}</tr>
                </tfoot>
              )}
            </table>
          </div>
        </>
      )}
    </section>
  );
}
