import { STARTUP_AREAS, type StartupArea } from '../../shared/startup-support';
import type { StartupFounderRow, StartupReport } from '../../shared/startup-report';
import type { Translate } from '../locales/languages';
import type { DateText } from './case-tables';
import { requirementText, spanText } from './startup-tables';
import { numberCell, textCell, type ReportTable } from './table-model';

/**
 * The 支援実績 the organisation sends the 市区町村 for its 特定創業支援等事業 証明書, in the shape
 * the 市区町村 asks for: 氏名, 創業予定の事業, 支援期間, 支援回数, the days each of the four areas
 * was supported, 支援機関名 and 担当者, then every session. One A4 sheet per founder; the CSV is
 * one row per session, the founder's columns repeated, so Excel filters and sorts it as is.
 */

/** Whom the sheets are for: one founder, or every founder of one 市区町村 ('' : none written). */
export type SheetChoice = { kind: 'founder'; founderId: string } | { kind: 'municipality'; name: string };

export interface SupportSheet {
  founderId: string;
  /** Label and value, in the 市区町村's order. */
  fields: { label: string; value: string }[];
  /** 4分野の支援日: each area with the days it was supported. */
  areaDays: { area: StartupArea; label: string; days: string }[];
  /** The sessions: 回, 支援日, the four areas (○), 担当者. */
  sessions: ReportTable;
}

const list = (t: Translate, items: readonly string[]) => items.join(t('common.listSeparator'));
const advisorNames = (t: Translate, f: StartupFounderRow) => [
  ...new Set(f.sessions.flatMap((s) => s.advisors.map((a) => a.name || t('advisor.unknown')))),
];

/** The 市区町村 the founders are to be certified by, with how many founders each, in reading order. */
export function sheetMunicipalities(report: StartupReport): { name: string; founders: number }[] {
  const counts = new Map<string, number>();
  for (const f of report.founders) counts.set(f.municipality, (counts.get(f.municipality) ?? 0) + 1);
  return [...counts]
    .map(([name, founders]) => ({ name, founders }))
    .sort((a, b) => (a.name === '' ? 1 : b.name === '' ? -1 : a.name.localeCompare(b.name, 'ja')));
}

/** The founders a choice covers, in the report's order. */
export const sheetFounders = (report: StartupReport, choice: SheetChoice): StartupFounderRow[] =>
  report.founders.filter((f) => (choice.kind === 'founder' ? f.founderId === choice.founderId : f.municipality === choice.name));

/** One founder's sheet. */
export function supportSheet(f: StartupFounderRow, report: StartupReport, t: Translate, date: DateText): SupportSheet {
  const daysOf = (area: StartupArea) => f.sessions.filter((s) => s.areas.includes(area)).map((s) => date(s.date));
  return {
    founderId: f.founderId,
    fields: [
      { label: t('startupSheet.name'), value: f.nameKana ? `${f.name}（${f.nameKana}）` : f.name },
      { label: t('startupSheet.plannedBusiness'), value: f.plannedBusiness },
      { label: t('startupSheet.plannedStart'), value: f.plannedStart },
      { label: t('startupSheet.municipality'), value: f.municipality },
      { label: t('startupSheet.span'), value: spanText(t, f, date) },
      { label: t('startupSheet.count'), value: t('startupSheet.countValue', { count: f.sessions.length }) },
      { label: t('startupSheet.organisation'), value: report.supportOrganisation },
      { label: t('startupSheet.advisors'), value: list(t, advisorNames(t, f)) },
      { label: t('startupSheet.requirement'), value: requirementText(t, f, date) },
    ],
    areaDays: STARTUP_AREAS.map((area) => ({
      area,
      label: t(`startupArea.${area}`),
      days: list(t, daysOf(area)) || t('startupSheet.noDays'),
    })),
    sessions: {
      id: `startup-sheet-${f.founderId}`,
      title: t('startupSheet.sessions'),
      columns: [
        { label: t('startupSheet.colNo'), numeric: true },
        { label: t('startupSheet.colDate') },
        ...STARTUP_AREAS.map((a) => ({ label: t(`startupArea.${a}`) })),
        { label: t('startupSheet.advisors') },
      ],
      rows: f.sessions.map((s, i) => [
        numberCell(i + 1),
        textCell(date(s.date)),
        ...STARTUP_AREAS.map((a) => textCell(s.areas.includes(a) ? t('startupReport.met') : '')),
        textCell(
          list(
            t,
            s.advisors.map((a) => a.name || t('advisor.unknown')),
          ),
        ),
      ]),
    },
  };
}

/** The sheets' CSV as a table: one row per session (a founder without one keeps a row), the founder's columns repeated. */
export function sheetCsvTable(founders: readonly StartupFounderRow[], report: StartupReport, t: Translate, date: DateText): ReportTable {
  const rows = founders.flatMap((f) => {
    const head = [
      textCell(f.name),
      textCell(f.nameKana),
      textCell(f.plannedBusiness),
      textCell(f.municipality),
      textCell(spanText(t, f, date)),
      numberCell(f.sessions.length),
    ];
    const tail = [textCell(report.supportOrganisation)];
    if (f.sessions.length === 0)
      return [[...head, textCell(''), textCell(''), ...STARTUP_AREAS.map(() => textCell('')), textCell(''), ...tail]];
    return f.sessions.map((s, i) => [
      ...head,
      numberCell(i + 1),
      textCell(date(s.date)),
      ...STARTUP_AREAS.map((a) => textCell(s.areas.includes(a) ? t('startupReport.met') : '')),
      textCell(
        list(
          t,
          s.advisors.map((a) => a.name || t('advisor.unknown')),
        ),
      ),
      ...tail,
    ]);
  });
  return {
    id: 'startup-sheet',
    title: t('startupSheet.csvTitle'),
    columns: [
      { label: t('startupSheet.name') },
      { label: t('startupSheet.kana') },
      { label: t('startupSheet.plannedBusiness') },
      { label: t('startupSheet.municipality') },
      { label: t('startupSheet.span') },
      { label: t('startupSheet.count'), numeric: true },
      { label: t('startupSheet.colNo'), numeric: true },
      { label: t('startupSheet.colDate') },
      ...STARTUP_AREAS.map((a) => ({ label: t(`startupArea.${a}`) })),
      { label: t('startupSheet.advisors') },
      { label: t('startupSheet.organisation') },
    ],
    rows,
  };
}
