import * as z from 'zod/mini';
import { boundedArray, requiredText, uuid, wholeNumber } from './fields';
import { businessFields } from './records';

/**
 * Importing a list of businesses from another system (a TOAS 会員名簿, a BIZミル 事業所一覧, any
 * spreadsheet): the extension reads the file, maps its columns and turns each line into business
 * fields; `POST /v1/import/businesses` checks every line, matches existing businesses by 法人番号
 * or 外部ID, and writes all the lines or none (docs/api.md).
 */

/** The business fields a line can fill, in the order the mapping offers them. */
export const IMPORT_FIELDS = [
  'name',
  'nameKana',
  'corporateNumber',
  'legalForm',
  'industry',
  'industryMiddle',
  'employees',
  'municipality',
  'membership',
  'smallBusiness',
  'externalIds',
  'assignedAdvisorId',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One line's fields, checked with the business schema itself (each line apart, so every problem has its line). */
export const importRowFields = z.partial(
  z.pick(businessFields, Object.fromEntries(IMPORT_FIELDS.map((f) => [f, true])) as { [K in ImportField]: true }),
);
export type ImportRowFields = z.infer<typeof importRowFields>;

/** The most lines one import may hold: a whole 会員名簿 of a large 商工会議所. */
export const IMPORT_MAX_ROWS = 20_000;

export const importBusinessesRequest = z.strictObject({
  /** The file's name, for the audit log. */
  fileName: requiredText(200, 'ファイル名'),
  /** Check only: every problem and what would be written, nothing written. */
  dryRun: z.boolean('dryRun は true / false で指定してください'),
  rows: boundedArray(
    z.strictObject({
      /** The line of the file (1 is the header), so a problem can name it. */
      line: wholeNumber('行番号', 1, 10_000_000),
      /** The business's id in this karte (its own CSV export's 「ID（再取込用）」): matched by it, or kept for a new business. */
      recordId: z.optional(uuid('事業者ID')),
      fields: z.record(z.string(), z.unknown(), '各行の fields はオブジェクトで指定してください'),
    }),
    IMPORT_MAX_ROWS,
    {
      type: 'rows は配列で指定してください',
      max: `一度に取り込めるのは${IMPORT_MAX_ROWS.toLocaleString('ja-JP')}行までです。ファイルを分けてください`,
    },
  ),
});
export type ImportBusinessesRequest = z.infer<typeof importBusinessesRequest>;

/** A problem of one line: the field it is about (null: the whole line) and what to do. */
export const importProblem = z.strictObject({
  line: z.number(),
  field: z.nullable(z.string()),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblem>;

/** The most problems one answer lists (problemCount says how many there were). */
export const IMPORT_MAX_PROBLEMS = 1_000;

export const importBusinessesResponse = z.strictObject({
  /** Whether anything was written: false for a check, and whenever there was a problem. */
  written: z.boolean(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  problems: z.array(importProblem),
  problemCount: z.number(),
});
export type ImportBusinessesResponse = z.infer<typeof importBusinessesResponse>;
