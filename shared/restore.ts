import * as z from 'zod/mini';
import { directoryEntry } from './api';
import { exportRecord } from './export-format';
import { boundedArray, isoDateTime, wholeNumber } from './fields';

/**
 * Restoring a JSON export (shared/export-format.ts) into an empty organisation, in parts so each
 * request stays small (docs/api.md "Restore"): part 0 checks the organisation is empty and brings
 * the people the records name; every part writes its records with their ids, kinds, authors and
 * fields; the last part ends the restore. Parts run in order, and a part sent twice is refused.
 */
export const RESTORE_PART_RECORDS = 2_000;

export const restoreRequest = z.strictObject({
  /** The export restored, as its file says: the organisation it came from and when. */
  source: z.strictObject({ organisationId: z.string().check(z.minLength(1)), exportedAt: isoDateTime('書き出し日時') }),
  part: z.strictObject({ index: wholeNumber('部分の番号', 0, 100_000), last: z.boolean('last は true / false で指定してください') }),
  /** The export's `advisors` (part 0 brings them; later parts may send an empty list). */
  advisors: boundedArray(directoryEntry, 5_000, { type: 'advisors は配列で指定してください', max: '職員は5,000人までです' }),
  records: boundedArray(exportRecord, RESTORE_PART_RECORDS, {
    type: 'records は配列で指定してください',
    max: `一度に復元できるのは${RESTORE_PART_RECORDS.toLocaleString('ja-JP')}件までです。分けて送ってください`,
  }),
});
export type RestoreRequest = z.infer<typeof restoreRequest>;

export const restoreResponse = z.object({
  restored: z.number(),
  part: z.number(),
  finished: z.boolean(),
});
export type RestoreResponse = z.infer<typeof restoreResponse>;
