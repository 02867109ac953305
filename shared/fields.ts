import * as z from 'zod/mini';
import { isValidCorporateNumber } from './corporate-number';
import { LIMITS } from './limits';

/**
 * Building blocks with Japanese messages a person can act on. Every shared schema is written
 * with zod/mini (functional checks): the extension's write path carries ~8 KB gzip of it,
 * where classic zod was ~20 KB; the server validates with the very same schemas.
 */
export const text = (max: number, label: string) =>
  z.string(`${label}は文字列で入力してください`).check(z.maxLength(max, `${label}は${max.toLocaleString('ja-JP')}文字以内で入力してください`));

export const requiredText = (max: number, label: string) =>
  text(max, label).check(z.trim(), z.minLength(1, `${label}を入力してください`));

export const uuid = (label: string) => z.uuid(`${label}の形式が正しくありません（UUID）`);

/** Tag and tag-group ids: a UUID, or a fixed slug used by the default taxonomy. */
export const tagId = z
  .string('タグIDは文字列で指定してください')
  .check(z.regex(/^([a-z][a-z0-9-]{1,62}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, 'タグIDの形式が正しくありません'));

export const isoDateTime = (label: string) =>
  z.iso.datetime({ error: `${label}は日時（例: 2026-04-01T09:30:00Z）で指定してください` });

export const isoDate = (label: string) => z.iso.date({ error: `${label}は日付（例: 2026-04-01）で指定してください` });

export const corporateNumber = z
  .string('法人番号は文字列で入力してください')
  .check(
    z.regex(/^\d{13}$/, '法人番号は半角数字13桁で入力してください'),
    z.refine(isValidCorporateNumber, '法人番号のチェックデジット（先頭の1桁）が一致しません。番号を確認してください'),
  );

export const httpUrl = z
  .url({ protocol: /^https?$/, error: 'URLは http:// または https:// で始まる形式で指定してください' })
  .check(z.maxLength(LIMITS.url, `URLは${LIMITS.url}文字以内で指定してください`));

export const externalId = z.strictObject({
  system: requiredText(40, '外部システム名'),
  value: requiredText(LIMITS.shortText, '外部ID'),
});

export const externalIds = z
  .array(externalId, '外部IDは配列で指定してください')
  .check(z.maxLength(LIMITS.externalIds, `外部IDは${LIMITS.externalIds}件までです`));
