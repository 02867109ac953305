import type { YearlyFigures } from '../../../shared/records';
import type { LocalYearlyFigures } from '../../db/schema';
import { figuresDraft, figuresFromDraft } from '../../karte/support-draft';
import { fiscalPeriodOf } from '../../karte/typed-numbers';
import { useT } from '../../state/contexts';
import { TextField } from '../TextField';
import { FormEnd } from './FormEnd';
import { RecordTools, SupportSection } from './SupportSection';
import { periodText, yenText } from './support-text';
import { useSupportForm } from './use-support-form';

type Fields = Omit<YearlyFigures, 'businessId' | 'deleted'>;

interface Props {
  /** Newest 決算期 first. */
  records: readonly LocalYearlyFigures[];
  editing: string | null | undefined;
  onOpen: (id: string | null) => void;
  onClose: () => void;
  onSave: (id: string | null, fields: Fields) => Promise<boolean>;
  onDelete: (record: LocalYearlyFigures, name: string) => void;
}

/**
 * 決算の数値 on the karte: one row per 決算期 (売上高, 売上総利益, 営業利益, 従業員数), a table that
 * copies cleanly. A new entry for a 決算期 recorded already edits that one, and says so first.
 */
export function FiguresSection({ records, editing, onOpen, onClose, onSave, onDelete }: Props) {
  const t = useT();
  const yen = (n: number | null) => (n === null ? '' : yenText(t, n));
  const form = (record: LocalYearlyFigures | null) => (
    <FiguresForm
      key={record?.id ?? 'new'}
      record={record}
      existing={records}
      onSave={(fields) => onSave(record?.id ?? null, fields)}
      onCancel={onClose}
    />
  );
  const editRecord = typeof editing === 'string' ? (records.find((f) => f.id === editing) ?? null) : null;
  return (
    <SupportSection
      kind="yearlyFigures"
      heading={t('figures.heading')}
      what={t('figures.what')}
      count={records.length}
      testId="figures"
      onAdd={editing === undefined ? () => onOpen(null) : null}
      form={editing === null ? form(null) : editRecord ? form(editRecord) : null}
    >
      {records.length > 0 && (
        <table class="support-table">
          <thead>
            <tr>
              <th scope="col">{t('figures.colPeriod')}</th>
              <th scope="col" class="num">
                {t('figures.colSales')}
              </th>
              <th scope="col" class="num">
                {t('figures.colGross')}
              </th>
              <th scope="col" class="num">
                {t('figures.colOperating')}
              </th>
              <th scope="col" class="num">
                {t('figures.colEmployees')}
              </th>
              <th scope="col" class="no-print">
                <span class="visually-hidden">{t('figures.colTools')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {records.map((f) => {
              const name = periodText(t, f.fiscalPeriod);
              return (
                <tr key={f.id} data-testid={`figures-${f.fiscalPeriod}`}>
                  <th scope="row">{name}</th>
                  <td class="num">{yen(f.sales)}</td>
                  <td class="num">{yen(f.grossProfit)}</td>
                  <td class={f.operatingProfit !== null && f.operatingProfit < 0 ? 'num loss' : 'num'}>{yen(f.operatingProfit)}</td>
                  <td class="num">{f.employees === null ? '' : t('figures.employeesValue', { count: f.employees })}</td>
                  <td class="no-print">
                    <RecordTools
                      name={name}
                      onEdit={editing === undefined ? () => onOpen(f.id) : null}
                      onDelete={() => onDelete(f, name)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </SupportSection>
  );
}

interface FormProps {
  record: LocalYearlyFigures | null;
  existing: readonly LocalYearlyFigures[];
  onSave: (fields: Fields) => Promise<unknown>;
  onCancel: () => void;
}

function FiguresForm({ record, existing, onSave, onCancel }: FormProps) {
  const t = useT();
  const { draft: d, set, problem, formProps } = useSupportForm(() => figuresDraft(record), figuresFromDraft, onSave, onCancel);
  const period = fiscalPeriodOf(d.fiscalPeriod);
  const twin = period && period !== record?.fiscalPeriod ? existing.find((f) => f.fiscalPeriod === period) : undefined;
  const title = record ? t('support.edit', { what: periodText(t, record.fiscalPeriod) }) : t('support.add', { what: t('figures.what') });
  return (
    <form class="support-form no-print" aria-label={title} {...formProps}>
      <div class="row">
        <TextField
          label={t('figures.period')}
          type="month"
          value={d.fiscalPeriod}
          onInput={(fiscalPeriod) => set({ fiscalPeriod })}
          placeholder="2026-03"
        />
        <TextField label={t('figures.employees')} value={d.employees} onInput={(employees) => set({ employees })} inputMode="numeric" />
      </div>
      {twin && (
        <p class="field-warning" role="status">
          {t(record ? 'figures.periodTaken' : 'figures.periodExists', { period: periodText(t, twin.fiscalPeriod) })}
        </p>
      )}
      <div class="row row-3">
        <TextField label={t('figures.sales')} value={d.sales} onInput={(sales) => set({ sales })} inputMode="numeric" />
        <TextField
          label={t('figures.grossProfit')}
          value={d.grossProfit}
          onInput={(grossProfit) => set({ grossProfit })}
          inputMode="numeric"
        />
        <TextField
          label={t('figures.operatingProfit')}
          value={d.operatingProfit}
          onInput={(operatingProfit) => set({ operatingProfit })}
          inputMode="numeric"
        />
      </div>
      <FormEnd problem={problem} onCancel={onCancel} />
    </form>
  );
}
