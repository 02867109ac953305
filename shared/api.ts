import * as z from 'zod/mini';
import { FISCAL_YEAR_START_MONTH, JOB_TITLES, ORG_KINDS, PREFECTURES, ROLES } from './enums';
import { BANSO_RULE_MAX_TAGS, BANSO_RULE_RANGES } from './banso-rule';
import { boundedArray, queryInt, requiredText, tagId, text, uuid } from './fields';
import { LIMITS } from './limits';
import { recordEnvelope } from './sync';
import { normalizeForSearch } from './text';

/** The words of a business search as the API matches them (normalised, split on spaces). */
export const searchTerms = (q: string): string[] => normalizeForSearch(q).split(' ').filter(Boolean);

const role = z.enum(ROLES, `役割は ${ROLES.join(' / ')} のいずれかで指定してください`);
/** 職種; null: not set (未設定). */
const jobTitle = z.nullable(z.enum(JOB_TITLES, `職種は ${JOB_TITLES.join(' / ')} のいずれかで指定してください`));
const advisorName = requiredText(100, '支援者名');
/** At least one field of a PATCH body. */
const someField = (fields: string) =>
  z.refine((o) => Object.keys(o as object).length > 0, `変更する項目（${fields}）を1つ以上指定してください`);

/** Shapes of the non-sync endpoints (docs/api.md). */
export const advisorView = z.object({
  id: z.string(),
  name: z.string(),
  email: z.nullable(z.string()),
  role: z.enum(ROLES),
  jobTitle: z.nullable(z.enum(JOB_TITLES)),
  createdAt: z.string(),
  disabledAt: z.nullable(z.string()),
});
export type AdvisorView = z.infer<typeof advisorView>;

const ruleInt = (label: string, { min, max }: { min: number; max: number }) =>
  z
    .int(`${label}は整数で指定してください`)
    .check(z.gte(min, `${label}は${min}以上で指定してください`), z.lte(max, `${label}は${max}以下で指定してください`));
const ruleTags = (label: string) =>
  boundedArray(tagId, BANSO_RULE_MAX_TAGS, {
    type: `${label}はタグIDの配列で指定してください`,
    max: `${label}は${BANSO_RULE_MAX_TAGS}個までです`,
  });

/** The organisation's 伴走 suggestion rule (shared/banso-rule.ts): the numbers and the tags it counts. */
export const bansoRule = z.strictObject({
  consultations: ruleInt('相談の回数', BANSO_RULE_RANGES.consultations),
  months: ruleInt('期間（月数）', BANSO_RULE_RANGES.months),
  signals: ruleInt('兆しの種類の数', BANSO_RULE_RANGES.signals),
  routineTagIds: ruleTags('定型的な相談分野'),
  triggerTagIds: ruleTags('転機となるタグ'),
});

/** PUT /v1/organisation/banso-rule: a rule, or null to go back to the standard one. */
export const bansoRuleRequest = z.strictObject({ rule: z.nullable(bansoRule) });

/** Which tags count for each area of 特定創業支援 (shared/startup-support.ts): 経営, 財務, 人材育成, 販路開拓. */
export const startupAreaTags = z.strictObject({
  management: ruleTags('経営の分野のタグ'),
  finance: ruleTags('財務の分野のタグ'),
  hr: ruleTags('人材育成の分野のタグ'),
  sales: ruleTags('販路開拓の分野のタグ'),
});

/** PUT /v1/organisation/startup-areas: the organisation's own mapping, or null for the standard one. */
export const startupAreasRequest = z.strictObject({ areas: z.nullable(startupAreaTags) });

/**
 * The organisation as every advisor may see it: its name and profile. The 年度 starts in April
 * (`fiscalYearStartMonth`), for every organisation: reports count April–March.
 */
export const orgProfile = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.nullable(z.enum(ORG_KINDS)),
  prefecture: z.nullable(z.enum(PREFECTURES)),
  municipality: z.string(),
  fiscalYearStartMonth: z.literal(FISCAL_YEAR_START_MONTH),
  /** The organisation's 伴走 suggestion rule; null: the standard one (DEFAULT_BANSO_RULE). */
  bansoRule: z._default(z.nullable(bansoRule), null),
  /** The organisation's tags for the four areas of 特定創業支援; null: the standard mapping (DEFAULT_STARTUP_AREA_TAGS). */
  startupAreas: z._default(z.nullable(startupAreaTags), null),
});
export type OrgProfile = z.infer<typeof orgProfile>;

export const meResponse = z.object({
  advisor: advisorView,
  organisation: orgProfile,
  protocol: z.int(),
  minProtocol: z.int(),
});
export type MeResponse = z.infer<typeof meResponse>;

/**
 * One colleague as every advisor's device keeps them (GET /v1/directory, the extension's
 * `advisors` table): enough to show a name and offer them as 同席, never an email or a token.
 */
export const directoryEntry = z.object({
  id: z.string(),
  name: z.string(),
  jobTitle: z.nullable(z.enum(JOB_TITLES)),
  role: z.enum(ROLES),
  /** false: disabled (their tokens no longer work); their name still shows on what they wrote. */
  active: z.boolean(),
});
export type DirectoryEntry = z.infer<typeof directoryEntry>;

export const directoryResponse = z.object({ organisation: orgProfile, advisors: z.array(directoryEntry) });
export type DirectoryResponse = z.infer<typeof directoryResponse>;

export const createAdvisorRequest = z.strictObject({
  name: advisorName,
  email: z._default(z.nullable(z.email('メールアドレスの形式が正しくありません').check(z.maxLength(254))), null),
  role,
  jobTitle: z._default(jobTitle, null),
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
  q: z.optional(
    text(100, '検索語').check(
      z.refine(
        (q) => searchTerms(q).length <= LIMITS.searchTerms,
        `検索語は${LIMITS.searchTerms}語までにしてください（すべての語に当てはまる事業者を探します）`,
      ),
    ),
  ),
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

/** Any of the fields; what is left out stays as it is. */
export const updateAdvisorRequest = z
  .strictObject({
    disabled: z.optional(z.boolean('disabled は true / false で指定してください')),
    role: z.optional(role),
    jobTitle: z.optional(jobTitle),
    name: z.optional(advisorName),
  })
  .check(someField('disabled / role / jobTitle / name'));

/** The organisation profile an admin edits (the name stays: bootstrap finds the organisation by it). */
export const updateOrgProfileRequest = z
  .strictObject({
    kind: z.optional(z.nullable(z.enum(ORG_KINDS, `種別は ${ORG_KINDS.join(' / ')} のいずれかで指定してください`))),
    prefecture: z.optional(z.nullable(z.enum(PREFECTURES, '都道府県の値が正しくありません（hokkaido … okinawa のいずれか）'))),
    municipality: z.optional(text(LIMITS.shortText, '市区町村')),
  })
  .check(someField('kind / prefecture / municipality'));

export const createInvitationRequest = z.strictObject({ name: advisorName, role, jobTitle: z._default(jobTitle, null) });

/** A pending invitation as admins see it: never the code, never its hash. */
export const invitationView = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  jobTitle: z.nullable(z.enum(JOB_TITLES)),
  createdBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.nullable(z.string()),
  revokedAt: z.nullable(z.string()),
});
export type InvitationView = z.infer<typeof invitationView>;

/** The code appears in this response only (shown once to the admin); the server keeps its hash. */
export const createdInvitation = z.object({ invitation: invitationView, code: z.string() });

/** What a new advisor types: the code as given (spaces, hyphens, lower case and full-width letters are fine). */
export const acceptInvitationRequest = z.strictObject({ code: requiredText(40, '招待コード') });

/** The new advisor's own token (for their extension only), who they are and their organisation. */
export const acceptedInvitation = z.object({ token: z.string(), advisor: advisorView, organisation: orgProfile });

export const tokenListQuery = z.extend(keysetQuery, { advisorId: z.optional(uuid('支援者ID')) });

export const tagView = z.object({ id: z.string(), groupId: z.string(), name: z.string(), order: z.int(), version: z.int() });
export const tagGroupView = z.object({ id: z.string(), name: z.string(), order: z.int(), version: z.int(), tags: z.array(tagView) });
/** The organisation's live tag taxonomy: groups in order, each with its tags in order. */
export const tagsResponse = z.object({ groups: z.array(tagGroupView) });
export type TagsResponse = z.infer<typeof tagsResponse>;

export const bootstrapRequest = z.strictObject({
  organisationName: requiredText(200, '組織名'),
  adminName: requiredText(100, 'システム管理者の名前'),
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
