import * as z from 'zod/mini';
import { isValidCorporateNumber } from './corporate-number';
import { LIMITS } from './limits';

/**
 * Building blocks with Japanese messages a person can act on. Every shared schema is written
 * with zod/mini (functional checks): the extension's write path carries ~8 KB gzip of it,
 * where classic zod was ~20 KB; the server validates with the very same schemas.
 */
/** C0 controls other than tab, line feed and carriage return, and DEL: NUL and the like never belong in a note. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they make text read otherwise than it is stored. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
/** Half of a surrogate pair on its own: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any surrogate: most notes hold none, and this test is a plain scan where LONE_SURROGATE's lookarounds cost ~4× more. */
const SURROGATE = /[\uD800-\uDFFF]/;
/** Something a person can see: not only spaces and invisible format characters (zero-width space, BOM, …). */
const VISIBLE = /[^\p{White_Space}\p{Cf}]/u;

export const text = (max: number, label: string) =>
  z.string(`${label}は文字列で入力してください`).check(
    z.maxLength(max, `${label}は${max.toLocaleString('ja-JP')}文字以内で入力してください`),
    z.refine((s) => !CONTROL.test(s), `${label}に制御文字（NUL など）が含まれています。貼り付けた文章を確認してください`),
    z.refine(
      (s) => !BIDI_CONTROL.test(s),
      `${label}に文字の向きを変える記号（U+202E など）が含まれています。取り除いてから保存してください`,
    ),
    z.refine(
      (s) => !SURROGATE.test(s) || !LONE_SURROGATE.test(s),
      `${label}に壊れた文字（対になっていないサロゲート）が含まれています。貼り付けた文章を確認してください`,
    ),
  );

export const requiredText = (max: number, label: string) =>
  text(max, label).check(
    z.trim(),
    z.minLength(1, `${label}を入力してください`),
    z.refine((s) => VISIBLE.test(s), `${label}を入力してください（空白や見えない文字だけでは登録できません）`),
  );

/**
 * An array whose length is checked before any element is: a body of 150,000 junk elements is
 * refused at once with one message, instead of validating (and reporting) every element.
 */
export const boundedArray = <T extends z.core.SomeType>(element: T, max: number, messages: { type: string; max: string }) =>
  z.pipe(z.array(z.unknown(), messages.type).check(z.maxLength(max, messages.max)), z.array(element, messages.type));

/**
 * A whole number written in a query string: digits only (no sign, exponent, blank or hex,
 * which Number() would take), then range-checked.
 */
export const queryInt = (label: string, min: number, max: number) =>
  z.pipe(
    z.pipe(
      z.string(`${label}は整数で指定してください`).check(z.regex(/^\d{1,15}$/, `${label}は半角数字の整数で指定してください`)),
      z.transform(Number),
    ),
    z
      .number()
      .check(
        z.gte(min, `${label}は${min}以上で指定してください`),
        z.lte(max, `${label}は${max.toLocaleString('ja-JP')}以下で指定してください`),
      ),
  );

/** One of a fixed list of codes (shared/enums.ts), the codes listed in the message. */
export const choice = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, `${label}の値が正しくありません（${values.join(' / ')}）`);

/** The tombstone flag every record kind carries (docs/sync.md "Records"). */
export const deletedFlag = z.boolean('削除フラグは true / false で指定してください');

/** A whole number from `min` to `max` (yen, counts, people), with messages naming the field. */
export const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number(`${label}は数値で入力してください`)
    .check(
      z.int(`${label}は整数で入力してください`),
      z.gte(min, `${label}は${min.toLocaleString('ja-JP')}以上で入力してください`),
      z.lte(max, `${label}は${max.toLocaleString('ja-JP')}以下で入力してください`),
    );

export const uuid = (label: string) => z.uuid(`${label}の形式が正しくありません（UUID）`);

/** Tag and tag-group ids: a UUID, or a fixed slug used by the default taxonomy. */
export const tagId = z
  .string('タグIDは文字列で指定してください')
  .check(
    z.regex(/^([a-z][a-z0-9-]{1,62}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/, 'タグIDの形式が正しくありません'),
  );

export const isoDateTime = (label: string) => z.iso.datetime({ error: `${label}は日時（例: 2026-04-01T09:30:00Z）で指定してください` });

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

export const externalIds = boundedArray(externalId, LIMITS.externalIds, {
  type: '外部IDは配列で指定してください',
  max: `外部IDは${LIMITS.externalIds}件までです`,
});
