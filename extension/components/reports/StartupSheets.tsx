import { useId, useState } from 'preact/hooks';
import type { StartupReport } from '../../../shared/startup-report';
import { csvFileName } from '../../reports/csv';
import { sheetCsvTable, sheetFounders, sheetMunicipalities, supportSheet, type SheetChoice } from '../../reports/startup-sheet';
import type { ReportTable } from '../../reports/table-model';
import { useI18n, useT } from '../../state/contexts';

interface Props {
  report: StartupReport;
  onCsv: (table: ReportTable, fileName: string) => void;
  onPrint: () => void;
}

/** The select's value of a choice: 'f:<founder id>' or 'm:<市区町村>'. */
const choiceOf = (value: string): SheetChoice | null =>
  value.startsWith('f:')
    ? { kind: 'founder', founderId: value.slice(2) }
    : value.startsWith('m:')
      ? { kind: 'municipality', name: value.slice(2) }
      : null;

/**
 * 支援実績 sheets for the 市区町村 (reports/startup-sheet.ts): for one founder or every founder of
 * one 市区町村, one A4 page each when printed (the rest of the page is left out), and their CSV.
 */
export function StartupSheets({ report, onCsv, onPrint }: Props) {
  const t = useT();
  const i18n = useI18n();
  const date = (d: string) => i18n.date(d);
  const headingId = useId();
  const selectId = useId();
  const [value, setValue] = useState('');
  const choice = choiceOf(value);
  const founders = choice ? sheetFounders(report, choice) : [];
  const municipalityName = (name: string) => name || t('startupSheet.noMunicipality');
  const label = !choice ? '' : choice.kind === 'municipality' ? municipalityName(choice.name) : (founders[0]?.name ?? '');
  const printSheets = () => {
    // Only the sheets go to paper: reports.css hides the rest while this mark is on the page.
    document.body.dataset.print = 'sheets';
    window.addEventListener('afterprint', () => delete document.body.dataset.print, { once: true });
    onPrint();
  };
  return (
    <section class="startup-sheets" aria-labelledby={headingId} data-testid="startup-sheets">
      <div class="no-print">
        <h2 id={headingId}>{t('startupSheet.heading')}</h2>
        <p class="muted report-note">{t('startupSheet.help')}</p>
        <div class="inline-form">
          <label for={selectId}>{t('startupSheet.choose')}</label>
          <select id={selectId} value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
            <option value="">{t('startupSheet.pick')}</option>
            <optgroup label={t('startupSheet.founderGroup')}>
              {report.founders.map((f) => (
                <option key={f.founderId} value={`f:${f.founderId}`}>
                  {f.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('startupSheet.municipalityGroup')}>
              {sheetMunicipalities(report).map((m) => (
                <option key={m.name} value={`m:${m.name}`}>
                  {t('startupSheet.municipalityOption', { name: municipalityName(m.name), count: m.founders })}
                </option>
              ))}
            </optgroup>
          </select>
          <button type="button" class="secondary" disabled={founders.length === 0} onClick={printSheets}>
            {t('startupSheet.print')}
          </button>
          <button
            type="button"
            class="secondary"
            disabled={founders.length === 0}
            onClick={() =>
              onCsv(sheetCsvTable(founders, report, t, date), csvFileName(t('startupSheet.csvTitle'), label, report.asOf.replace(/-/g, '')))
            }
          >
            {t('startupSheet.csv')}
          </button>
        </div>
      </div>
      {founders.map((f) => {
        const sheet = supportSheet(f, report, t, date);
        return (
          <article key={f.founderId} class="startup-sheet" data-testid={`startup-sheet-${f.founderId}`}>
            <h3>{t('startupSheet.title')}</h3>
            <p class="sheet-made">
              {report.supportOrganisation}　{t('startupSheet.madeOn', { date: date(report.asOf) })}
            </p>
            <table class="report sheet-fields">
              <tbody>
                {sheet.fields.map((field) => (
                  <tr key={field.label}>
                    <th scope="row">{field.label}</th>
                    <td>{field.value}</td>
                  </tr>
                ))}
                {sheet.areaDays.map((a, i) => (
                  <tr key={a.area}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={sheet.areaDays.length}>
                        {t('startupSheet.areaDays')}
                      </th>
                    )}
                    <td>
                      <span class="sheet-area">{a.label}</span> {a.days}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h4>{sheet.sessions.title}</h4>
            <table class="report sheet-sessions">
              <thead>
                <tr>
                  {sheet.sessions.columns.map((c, i) => (
                    <th key={i} scope="col" class={c.numeric ? 'num' : undefined}>
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sheet.sessions.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((c, i) => (
                      <td key={i} class={sheet.sessions.columns[i]?.numeric ? 'num' : undefined}>
                        {c.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        );
      })}
    </section>
  );
}
