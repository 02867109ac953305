import { EXTERNAL_SYSTEMS, type ExternalSystem } from '../../shared/enums';

/** What a column of the file fills: a business field, a 外部ID of one system, the 担当 by name, or nothing. */
export type ColumnTarget =
  | 'skip'
  | 'recordId'
  | 'name'
  | 'nameKana'
  | 'corporateNumber'
  | 'legalForm'
  | 'industry'
  | 'employees'
  | 'municipality'
  | 'membership'
  | 'smallBusiness'
  | 'assignedAdvisor'
  | 'externalIds'
  | `externalId:${ExternalSystem}`;

export const COLUMN_TARGETS: readonly ColumnTarget[] = [
  'skip',
  'recordId',
  'name',
  'nameKana',
  'corporateNumber',
  'legalForm',
  'industry',
  'employees',
  'municipality',
  'membership',
  'smallBusiness',
  'assignedAdvisor',
  'externalIds',
  ...EXTERNAL_SYSTEMS.map((s) => `externalId:${s}` as const),
];

/** Targets two columns may share: 業種 as a 大分類 and as a 中分類 (this karte's own export has both). */
const REPEATABLE: ReadonlySet<ColumnTarget> = new Set(['industry']);

/** Where the file comes from: decides which system an unnamed 「ID」「番号」 column belongs to. */
export const IMPORT_SOURCES = ['toas', 'bizmil', 'other'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

/** Headers other systems and spreadsheets use for each target, compared without spaces. */
const HEADERS: readonly [ColumnTarget, readonly string[]][] = [
  // This karte's own CSV export (データの書き出し), so a list exported here comes back in.
  ['recordId', ['ID（再取込用）']],
  ['name', ['事業所名', '事業者名', '会社名', '企業名', '商号', '屋号', '名称', '商号・屋号', '事業所名称']],
  ['nameKana', ['フリガナ', 'ふりがな', 'カナ', '事業所名カナ', '事業所名フリガナ', '事業者名フリガナ', '会社名カナ']],
  ['corporateNumber', ['法人番号']],
  ['legalForm', ['法人・個人', '法人個人', '法人個人区分', '法人・個人の区分', '組織形態', '事業形態']],
  ['industry', ['業種', '業種コード', '産業分類', '業種（大分類）', '業種（中分類）', '業種（中分類コード）', '日本標準産業分類']],
  ['employees', ['従業員数', '従業員', '従業者数', '常時使用する従業員数', '常用従業員数']],
  // Not 所在地 or 住所: a whole address is not a 市区町村, and cutting one out of it goes wrong (四日市市, 東村山市).
  ['municipality', ['市区町村', '所在市区町村', '所在地（市区町村）']],
  ['membership', ['会員区分', '会員', '会員・非会員', '会員種別']],
  ['smallBusiness', ['小規模事業者', '小規模', '小規模区分']],
  ['assignedAdvisor', ['担当', '担当者', '担当指導員', '担当経営指導員', '担当職員']],
  ['externalIds', ['外部ID']],
  ['externalId:TOAS', ['TOAS会員番号', 'TOASID', 'TOAS番号']],
  ['externalId:BIZミル', ['BIZミルID', 'BIZミル事業者ID', 'BIZミル番号']],
  ['externalId:kintone', ['kintoneレコード番号', 'kintoneID']],
  ['externalId:中小機構', ['中小機構ID']],
  ['externalId:よろず支援拠点の相談システム', ['よろずID', 'よろず支援拠点ID']],
];

/** A source's own id column, whatever it is called there. */
const SOURCE_IDS: Readonly<Record<ImportSource, readonly [ColumnTarget, readonly string[]] | null>> = {
  toas: ['externalId:TOAS', ['会員番号', '会員コード', '事業所番号', 'ID']],
  bizmil: ['externalId:BIZミル', ['事業者ID', '事業所ID', '事業者番号', 'ID']],
  other: null,
};

const plain = (header: string) => header.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The target each header most likely means (each target at most once but 業種; unknown headers are skipped). */
export function suggestMapping(headers: readonly string[], source: ImportSource): ColumnTarget[] {
  const known = [...HEADERS, ...(SOURCE_IDS[source] ? [SOURCE_IDS[source]] : [])];
  const used = new Set<ColumnTarget>();
  return headers.map((header) => {
    const h = plain(header);
    const hit = known.find(([target, names]) => (REPEATABLE.has(target) || !used.has(target)) && names.some((n) => plain(n) === h));
    if (!hit) return 'skip';
    used.add(hit[0]);
    return hit[0];
  });
}
