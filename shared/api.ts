import * as z from 'zod/mini';
import { ROLES } from './enums';
import { queryInt, requiredText, text, uuid } from './fields';
import { LIMITS } from './limits';
import { recordEnvelope } from './sync';
import { normalizeForSearch } from './text';

/** The words of a business search as the API matches them (normalised, split on spaces). */
export const searchTerms = (q: string): string[] => normalizeForSearch(q).split(' ').filter(Boolean);

/** Shapes of the non-sync endpoints (docs/api.md). */
export const advisorView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.nullable(z.string()),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabledAt: z.nullable(z.string()),
});
export type AdvisorView = z.infer<typeof advisorView>;

export const meResponse = z.object({
  advisor: advisorView,
  organisation: z.object({ id: z.string(), name: z.string() }),
  protocol: z.int(),
  minProtocol: z.int(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const createAdvisorRequest = z.strictObject({
  name: requiredText(100, '支援者名'),
  email: z._default(z.nullable(z.email('メールアドレスの形式が正しくありません').check(z.maxLength(254))), null),
  role: z.enum(ROLES, `役割は ${ROLES.join(' / ')} のいずれかで指定してください`),
  tokenLabel: z._default(text(100, 'トークンの名前'), '初期トークン'),
});

export const createTokenRequest = z.strictObject({ label: requiredText(100, 'トークンの名前') });

export const tokenView = z.object({
  id: z.string(),
  advisorId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type TokenView = z.infer<typeof tokenView>;

/** The plaintext token appears in this response only; the server keeps its hash. */
export const createdToken = z.object({ token: z.string(), tokenInfo: tokenView });

export const keysetQuery = z.strictObject({
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(queryInt('件数（limit）', 1, 200), 50),
});

export const businessSearchQuery = z.extend(keysetQuery, {
  q: z.optional(text(100, '検索語').check(z.refine(
    (q) => searchTerms(q).length <= LIMITS.searchTerms,
    `検索語は${LIMITS.searchTerms}語までにしてください（すべての語に当てはまる事業者を探します）`,
  ))),
  corporateNumber: z.optional(z.string().check(z.regex(/^\d{13}$/, '法人番号は半角数字13桁で指定してください'))),
  externalSystem: z.optional(text(40, '外部システム名')),
  externalId: z.optional(text(100, '外部ID')),
});

export const page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), nextCursor: z.nullable(z.string()) });
export const recordPage = page(recordEnvelope);

export const karteResponse = z.object({
  business: recordEnvelope,
  consultations: z.array(recordEnvelope),
  nextConsultationCursor: z.nullable(z.string()),
  openActions: z.array(recordEnvelope),
  conflicts: z.array(recordEnvelope),
});
export type KarteResponse = z.infer<typeof karteResponse>;

export const countsQuery = z.strictObject({
  from: z.iso.date('開始日は日付（例: 2026-04-01）で指定してください'),
  to: z.iso.date('終了日は日付（例: 2027-03-31）で指定してください'),
});

/** 相談件数: 延べ (every consultation) and 実数 (distinct businesses) per dimension value. */
export const countsResponse = z.object({
  from: z.string(),
  to: z.string(),
  total: z.object({ consultations: z.number(), businesses: z.number() }),
  byChannel: z.record(z.string(), z.object({ consultations: z.number(), businesses: z.number() })),
  byProgramme: z.record(z.string(), z.object({ consultations: z.number(), businesses: z.number() })),
  byAdvisor: z.record(z.string(), z.object({ consultations: z.number(), businesses: z.number() })),
});

export const idParam = z.strictObject({ id: uuid('ID') });

/** The answer to creating an advisor: the advisor and their first token (plaintext shown once). */
export const createdAdvisor = z.object({ advisor: advisorView, token: z.string(), tokenInfo: tokenView });

export const updateAdvisorRequest = z.strictObject({
  disabled: z.boolean('disabled は true / false で指定してください'),
});

export const tokenListQuery = z.extend(keysetQuery, { advisorId: z.optional(uuid('支援者ID')) });

export const tagView = z.object({ id: z.string(), groupId: z.string(), name: z.string(), order: z.int(), version: z.int() });
export const tagGroupView = z.object({ id: z.string(), name: z.string(), order: z.int(), version: z.int(), tags: z.array(tagView) });
/** The organisation's live tag taxonomy: groups in order, each with its tags in order. */
export const tagsResponse = z.object({ groups: z.array(tagGroupView) });
export type TagsResponse = z.infer<typeof tagsResponse>;

export const bootstrapRequest = z.strictObject({
  organisationName: requiredText(200, '組織名'),
  adminName: requiredText(100, '管理者名'),
  adminEmail: z._default(z.nullable(z.email('メールアドレスの形式が正しくありません').check(z.maxLength(254))), null),
});

/** `created` is false when the organisation already existed and a new admin token was issued. */
export const bootstrapResponse = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  advisor: advisorView,
  token: z.string(),
  created: z.boolean(),
});
export type BootstrapResponse = z.infer<typeof bootstrapResponse>;
