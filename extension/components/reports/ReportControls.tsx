import { useId, useState } from 'preact/hooks';
import type { DirectoryEntry } from '../../../shared/api';
import { PROGRAMME_CHOICES } from '../../../shared/enums';
import { fiscalYearMonths, fiscalYearOfDate } from '../../../shared/fiscal-year';
import { monthLabel } from '../../reports/consultation-tables';
import type { PeriodChoice, ReportFilters } from '../../reports/request';
import { useT } from '../../state/contexts';

interface Props {
  period: PeriodChoice;
  filters: ReportFilters;
  /** The 年度 offered, newest first. */
  years: number[];
  /** Colleagues to pick one advisor's work (managers); null: the filter is not offered. */
  advisors: readonly DirectoryEntry[] | null;
  onPeriod: (period: PeriodChoice) => void;
  onFilters: (patch: Partial<ReportFilters>) => void;
}

type Unit = PeriodChoice['kind'];

/** The period (年度, a month of it, or days from … to) and the filters (advisor, 事業区分, 地域). */
export function ReportControls({ period, filters, years, advisors, onPeriod, onFilters }: Props) {
  const t = useT();
  const ids = {
    unit: useId(),
    fy: useId(),
    month: useId(),
    from: useId(),
    to: useId(),
    advisor: useId(),
    programme: useId(),
    area: useId(),
  };
  const [unit, setUnit] = useState<Unit>(period.kind);
  const fy = period.kind === 'fy' ? period.fy : period.kind === 'month' ? fiscalYearOfDate(period.month) : years[0]!;
  const [range, setRange] = useState(
    period.kind === 'range' ? { from: period.from, to: period.to } : { from: `${fy}-04-01`, to: `${fy + 1}-03-31` },
  );
  const chooseUnit = (next: Unit) => {
    setUnit(next);
    if (next === 'fy') onPeriod({ kind: 'fy', fy });
    else if (next === 'month') onPeriod({ kind: 'month', month: fiscalYearMonths(fy)[0]! });
  };
  return (
    <div class="report-controls no-print">
      <fieldset class="report-period">
        <legend>{t('reports.period')}</legend>
        <label for={ids.unit}>{t('reports.unit')}</label>
        <select id={ids.unit} value={unit} onChange={(e) => chooseUnit(e.currentTarget.value as Unit)}>
          <option value="fy">{t('reports.unitYear')}</option>
          <option value="month">{t('reports.unitMonth')}</option>
          <option value="range">{t('reports.unitRange')}</option>
        </select>
        {unit !== 'range' && (
          <>
            <label for={ids.fy}>{t('reports.fiscalYear')}</label>
            <select
              id={ids.fy}
              value={String(fy)}
              onChange={(e) => {
                const next = Number(e.currentTarget.value);
                onPeriod(
                  unit === 'fy'
                    ? { kind: 'fy', fy: next }
                    : {
                        kind: 'month',
                        month:
                          fiscalYearMonths(next)[period.kind === 'month' ? fiscalYearMonths(fy).indexOf(period.month) : 0] ??
                          fiscalYearMonths(next)[0]!,
                      },
                );
              }}
            >
              {years.map((y) => (
                <option key={y} value={String(y)}>
                  {t('reports.fiscalYearLabel', { year: y })}
                </option>
              ))}
            </select>
          </>
        )}
        {unit === 'month' && (
          <>
            <label for={ids.month}>{t('reports.month')}</label>
            <select
              id={ids.month}
              value={period.kind === 'month' ? period.month : ''}
              onChange={(e) => onPeriod({ kind: 'month', month: e.currentTarget.value })}
            >
              {fiscalYearMonths(fy).map((m) => (
                <option key={m} value={m}>
                  {monthLabel(t, m)}
                </option>
              ))}
            </select>
          </>
        )}
        {unit === 'range' && (
          <form
            class="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (range.from && range.to && range.from <= range.to) onPeriod({ kind: 'range', from: range.from, to: range.to });
            }}
          >
            <label for={ids.from}>{t('reports.from')}</label>
            <input id={ids.from} type="date" value={range.from} onInput={(e) => setRange({ ...range, from: e.currentTarget.value })} />
            <label for={ids.to}>{t('reports.to')}</label>
            <input
              id={ids.to}
              type="date"
              value={range.to}
              min={range.from}
              onInput={(e) => setRange({ ...range, to: e.currentTarget.value })}
            />
            <button type="submit" class="secondary">
              {t('reports.applyRange')}
            </button>
          </form>
        )}
      </fieldset>
      <fieldset class="report-filters">
        <legend>{t('reports.filters')}</legend>
        {advisors && (
          <>
            <label for={ids.advisor}>{t('reports.filterAdvisor')}</label>
            <select id={ids.advisor} value={filters.advisorId} onChange={(e) => onFilters({ advisorId: e.currentTarget.value })}>
              <option value="">{t('reports.everyone')}</option>
              {advisors.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.active ? a.name : t('advisor.disabled', { name: a.name })}
                </option>
              ))}
            </select>
          </>
        )}
        <label for={ids.programme}>{t('field.programme')}</label>
        <select id={ids.programme} value={filters.programme} onChange={(e) => onFilters({ programme: e.currentTarget.value })}>
          <option value="">{t('reports.allProgrammes')}</option>
          {PROGRAMME_CHOICES.map((p) => (
            <option key={p} value={p}>
              {t(`programme.${p}`)}
            </option>
          ))}
          <option value="unspecified">{t('reports.notSet')}</option>
        </select>
        <label for={ids.area}>{t('reports.filterArea')}</label>
        <input
          id={ids.area}
          type="search"
          value={filters.municipality}
          placeholder={t('org.municipalityExample')}
          onChange={(e) => onFilters({ municipality: e.currentTarget.value })}
        />
      </fieldset>
    </div>
  );
}
