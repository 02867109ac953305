import { z } from 'zod';
import { ROLES } from './enums';
import { requiredText, text, uuid } from './fields';
import { recordEnvelope } from './sync';

/** Shapes of the non-sync endpoints (docs/api.md). */
export const advisorView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().nullable(),
  role: z.enum(ROLES),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});
export type AdvisorView = z.infer<typeof advisorView>;

export const meResponse = z.object({
  advisor: advisorView,
  organisation: z.object({ id: z.string(), name: z.string() }),
  protocol: z.number().int(),
  minProtocol: z.number().int(),
});
export type MeResponse = z.infer<typeof meResponse>;

export const createAdvisorRequest = z.strictObject({
  name: requiredText(100, '支援者名'),
  email: z.email('メールアドレスの形式が正しくありません').max(254).nullable().default(null),
  role: z.enum(ROLES, `役割は ${ROLES.join(' / ')} のいずれかで指定してください`),
  tokenLabel: text(100, 'トークンの名前').default('初期トークン'),
});

export const createTokenRequest = z.strictObject({ label: requiredText(100, 'トークンの名前') });

export const tokenView = z.object({
  id: z.string(),
  advisorId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type TokenView = z.infer<typeof tokenView>;

/** The plaintext token appears in this response only; the server keeps its hash. */
export const createdToken = z.object({ token: z.string(), tokenInfo: tokenView });

export const keysetQuery = z.strictObject({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number('件数は整数で指定してください').int().min(1).max(200).default(50),
});

export const businessSearchQuery = keysetQuery.extend({
  q: text(100, '検索語').optional(),
  corporateNumber: z.string().regex(/^\d{13}$/, '法人番号は半角数字13桁で指定してください').optional(),
  externalSystem: text(40, '外部システム名').optional(),
  externalId: text(100, '外部ID').optional(),
});

export const page = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
export const recordPage = page(recordEnvelope);

export const karteResponse = z.object({
  business: recordEnvelope,
  consultations: z.array(recordEnvelope),
  nextConsultationCursor: z.string().nullable(),
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

export const tokenListQuery = keysetQuery.extend({ advisorId: uuid('支援者ID').optional() });

export const tagView = z.object({ id: z.string(), groupId: z.string(), name: z.string(), order: z.number().int(), version: z.number().int() });
export const tagGroupView = z.object({ id: z.string(), name: z.string(), order: z.number().int(), version: z.number().int(), tags: z.array(tagView) });
/** The organisation's live tag taxonomy: groups in order, each with its tags in order. */
export const tagsResponse = z.object({ groups: z.array(tagGroupView) });
export type TagsResponse = z.infer<typeof tagsResponse>;

export const bootstrapRequest = z.strictObject({
  organisationName: requiredText(200, '組織名'),
  adminName: requiredText(100, '管理者名'),
  adminEmail: z.email('メールアドレスの形式が正しくありません').max(254).nullable().default(null),
});

/** `created` is false when the organisation already existed and a new admin token was issued. */
export const bootstrapResponse = z.object({
  organisation: z.object({ id: z.string(), name: z.string() }),
  advisor: advisorView,
  token: z.string(),
  created: z.boolean(),
});
export type BootstrapResponse = z.infer<typeof bootstrapResponse>;
