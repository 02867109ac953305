import { importRowFields, type ImportRowFields } from '../../shared/business-import';
import { INDUSTRY_CODES, INDUSTRY_DIVISIONS } from '../../shared/industry';
import { isIndustryMiddleCode } from '../../shared/industry-middle';
import { jaIndustry } from '../locales/ja-industry';
import type { ColumnTarget } from './columns';

/** Why a cell could not be read (the page words each in the chosen language). */
export type CellCode =
  | 'industry'
  | 'employees'
  | 'legalForm'
  | 'membership'
  | 'smallBusiness'
  | 'advisor'
  | 'corporateNumber'
  | 'externalIds'
  | 'recordId';

export type ConvertProblem =
  | { row: number; column: number; code: CellCode; value: string }
  /** The business schema's own message (shared, in Japanese), for the column of the field it is about. */
  | { row: number; column: number | null; message: string };

export interface ConvertedRow {
  line: number;
  /** The business's id in this karte (the 「ID（再取込用）」 column of its own export), to match by. */
  recordId?: string;
  fields: ImportRowFields;
}

/** The 担当 by the names people know them by (spaces ignored). */
export type AdvisorsByName = ReadonlyMap<string, string>;

const compact = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
export const advisorKey = compact;

const byName = (names: Record<string, string>) => new Map(Object.entries(names).map(([code, name]) => [compact(name), code]));
const DIVISIONS = byName(INDUSTRY_DIVISIONS);
/** A part of a 大分類 name, as lists often write it: 小売業 (of 卸売業，小売業), 飲食サービス業, 宿泊業. */
const DIVISION_PARTS = new Map(
  Object.entries(INDUSTRY_DIVISIONS).flatMap(([code, name]) => name.split('，').map((part) => [compact(part), code] as const)),
);
const MIDDLES = byName(jaIndustry);

/** 業種 as another system writes it: a 大分類 letter, name or part of one, or a 中分類 code or name (「09 食料品製造業」 too). */
function industryOf(value: string): Partial<ImportRowFields> | null {
  const v = compact(value);
  const letter = v.toUpperCase();
  if ((INDUSTRY_CODES as readonly string[]).includes(letter)) return { industry: letter as ImportRowFields['industry'] };
  const code = /^(\d{1,2})/.exec(v)?.[1]?.padStart(2, '0');
  if (code && isIndustryMiddleCode(code)) return { industryMiddle: code };
  const middle = MIDDLES.get(v);
  if (middle && isIndustryMiddleCode(middle)) return { industryMiddle: middle };
  const division = DIVISIONS.get(v) ?? DIVISION_PARTS.get(v);
  return division ? { industry: division as ImportRowFields['industry'] } : null;
}

const YES = new Set(['はい', '○', '〇', '◯', '該当', '小規模', '1', 'true', 'yes', 'y']);
const NO = new Set(['いいえ', '×', '✕', '非該当', '-', '0', 'false', 'no', 'n']);
const MEMBER: Record<string, 'member' | 'non_member' | 'unknown'> = {
  会員: 'member',
  正会員: 'member',
  特別会員: 'member',
  非会員: 'non_member',
  一般: 'non_member',
  不明: 'unknown',
};
const LEGAL: Record<string, 'corporation' | 'sole_proprietor' | 'pre_startup'> = {
  法人: 'corporation',
  株式会社: 'corporation',
  有限会社: 'corporation',
  合同会社: 'corporation',
  合資会社: 'corporation',
  合名会社: 'corporation',
  個人: 'sole_proprietor',
  個人事業主: 'sole_proprietor',
  個人事業: 'sole_proprietor',
  創業予定: 'pre_startup',
  創業前: 'pre_startup',
};

type Cell =
  | { ok: true; fields: Partial<ImportRowFields> }
  | { ok: false; code: CellCode }
  | { ok: true; advisor: string }
  | { ok: true; recordId: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One non-empty cell read for its target. */
function readCell(target: Exclude<ColumnTarget, 'skip'>, raw: string, advisors: AdvisorsByName): Cell {
  const value = raw.trim();
  const v = compact(value);
  switch (target) {
    case 'name':
      return { ok: true, fields: { name: value } };
    case 'nameKana':
      return { ok: true, fields: { nameKana: value } };
    case 'municipality':
      return { ok: true, fields: { municipality: value } };
    case 'corporateNumber': {
      // Full-width digits and hyphens as typed in Excel; the schema then checks 13 digits and the check digit.
      const digits = v.replace(/[-‐－ー]/g, '');
      return /^\d+$/.test(digits) ? { ok: true, fields: { corporateNumber: digits } } : { ok: false, code: 'corporateNumber' };
    }
    case 'industry': {
      const fields = industryOf(value);
      return fields ? { ok: true, fields } : { ok: false, code: 'industry' };
    }
    case 'employees': {
      const n = v.replace(/[,人名]/g, '');
      return /^\d+$/.test(n) ? { ok: true, fields: { employees: Number(n) } } : { ok: false, code: 'employees' };
    }
    case 'legalForm': {
      const form = LEGAL[v];
      return form ? { ok: true, fields: { legalForm: form } } : { ok: false, code: 'legalForm' };
    }
    case 'membership': {
      const m = MEMBER[v];
      return m ? { ok: true, fields: { membership: m } } : { ok: false, code: 'membership' };
    }
    case 'smallBusiness': {
      const l = v.toLowerCase();
      if (YES.has(l)) return { ok: true, fields: { smallBusiness: true } };
      return NO.has(l) ? { ok: true, fields: { smallBusiness: false } } : { ok: false, code: 'smallBusiness' };
    }
    case 'recordId':
      return UUID.test(value) ? { ok: true, recordId: value.toLowerCase() } : { ok: false, code: 'recordId' };
    case 'externalIds': {
      // 「TOAS: T-101、BIZミル: 9」, as this karte's export writes them.
      const ids = value
        .split(/[、,;\n]/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => /^(.+?)\s*[:：]\s*(.+)$/.exec(part));
      return ids.every((m) => m !== null)
        ? { ok: true, fields: { externalIds: ids.map((m) => ({ system: m![1]!.trim(), value: m![2]!.trim() })) } }
        : { ok: false, code: 'externalIds' };
    }
    case 'assignedAdvisor': {
      const id = advisors.get(v);
      return id ? { ok: true, advisor: id } : { ok: false, code: 'advisor' };
    }
    default:
      return { ok: true, fields: { externalIds: [{ system: target.slice('externalId:'.length), value }] } };
  }
}

/**
 * The file's rows as import lines: each mapped, non-empty cell read for its target, then each
 * line checked with the business schema the API checks it with, so every problem shows with its
 * row and column before anything is sent. Empty cells leave the business's field as it is.
 */
export function convertRows(
  rows: readonly { row: number; cells: readonly string[] }[],
  mapping: readonly ColumnTarget[],
  advisors: AdvisorsByName,
): { lines: ConvertedRow[]; problems: ConvertProblem[] } {
  const lines: ConvertedRow[] = [];
  const problems: ConvertProblem[] = [];
  const columnOf = (field: string) => {
    const i = mapping.findIndex(
      (t) =>
        t === field ||
        (field === 'industryMiddle' && t === 'industry') ||
        (field === 'assignedAdvisorId' && t === 'assignedAdvisor') ||
        (field === 'externalIds' && t.startsWith('externalId')),
    );
    return i === -1 ? null : i;
  };
  for (const { row, cells } of rows) {
    const fields: Record<string, unknown> = {};
    let recordId: string | undefined;
    let readable = true;
    mapping.forEach((target, column) => {
      const raw = cells[column] ?? '';
      if (target === 'skip' || raw.trim() === '') return;
      const cell = readCell(target, raw, advisors);
      if (!cell.ok) {
        problems.push({ row, column, code: cell.code, value: raw.trim() });
        readable = false;
      } else if ('advisor' in cell) fields.assignedAdvisorId = cell.advisor;
      else if ('recordId' in cell) recordId = cell.recordId;
      else if (cell.fields.externalIds) fields.externalIds = [...((fields.externalIds as unknown[]) ?? []), ...cell.fields.externalIds];
      else Object.assign(fields, cell.fields);
    });
    if (!readable) continue;
    const parsed = importRowFields.safeParse(fields);
    if (parsed.success) lines.push({ line: row, ...(recordId ? { recordId } : {}), fields: parsed.data });
    else
      for (const issue of parsed.error.issues)
        problems.push({ row, column: columnOf(String(issue.path[0] ?? '')), message: issue.message });
  }
  return { lines, problems };
}
