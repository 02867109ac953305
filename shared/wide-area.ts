import * as z from 'zod/mini';
import { CHANNELS, ORG_KINDS, PREFECTURES } from './enums';
import { isoDate, requiredText, text, uuid } from './fields';
import { LIMITS } from './limits';

/**
 * 広域連携 (docs/api.md "Between organisations"): organisations on the same deployment find each
 * other, record referrals (紹介) of a business, and share a karte read-only — only with the
 * business's recorded consent, within its scope and until its expiry or withdrawal; 機微 never.
 */

/** Another organisation as a colleague there may see it: name, kind and place; nothing else. */
export const organisationCard = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.nullable(z.enum(ORG_KINDS)),
  prefecture: z.nullable(z.enum(PREFECTURES)),
  municipality: z.string(),
});
export type OrganisationCard = z.infer<typeof organisationCard>;
export const organisationSearch = z.object({ organisations: z.array(organisationCard) });
export const organisationQuery = z.strictObject({
  q: z.optional(text(100, '検索語')),
  kind: z.optional(z.enum(ORG_KINDS, `種別は ${ORG_KINDS.join(' / ')} のいずれかで指定してください`)),
});

/** GET /v1/referrals and /v1/shares: those of one business, or all. */
export const businessFilterQuery = z.strictObject({ businessId: z.optional(uuid('事業者ID')) });

export const REFERRAL_OUTCOMES = ['pending', 'accepted', 'supported', 'declined'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const createReferralRequest = z.strictObject({
  toOrgId: uuid('紹介先の組織ID'),
  businessId: uuid('事業者ID'),
  reason: requiredText(LIMITS.karteText, '紹介の理由'),
  referredOn: isoDate('紹介日'),
});
export const updateReferralRequest = z.strictObject({
  outcome: z.enum(REFERRAL_OUTCOMES, `結果は ${REFERRAL_OUTCOMES.join(' / ')} のいずれかで指定してください`),
  outcomeNote: text(LIMITS.karteText, '結果のメモ'),
});

export const referralView = z.object({
  id: z.string(),
  from: organisationCard,
  to: organisationCard,
  /** The referring organisation's business, by the name it gave. */
  businessId: z.string(),
  businessName: z.string(),
  reason: z.string(),
  referredOn: z.string(),
  outcome: z.enum(REFERRAL_OUTCOMES),
  outcomeNote: z.string(),
  createdByName: z.string(),
});
export type ReferralView = z.infer<typeof referralView>;
export const referralList = z.object({ sent: z.array(referralView), received: z.array(referralView) });

/** What a share may carry. 機微 consultations, and text that came from them, never. */
export const SHARE_SCOPES = ['profile', 'consultations', 'actions'] as const;
export type ShareScope = (typeof SHARE_SCOPES)[number];
export const CONSENT_METHODS = ['written', 'electronic', 'verbal'] as const;
export type ConsentMethod = (typeof CONSENT_METHODS)[number];
/** A consent is for a time: at most three years. */
export const SHARE_MAX_DAYS = 3 * 366;

export const createShareRequest = z.strictObject({
  toOrgId: uuid('共有先の組織ID'),
  businessId: uuid('事業者ID'),
  consentOn: isoDate('同意を得た日'),
  consentMethod: z.enum(CONSENT_METHODS, `同意の方法は ${CONSENT_METHODS.join(' / ')} のいずれかで指定してください`),
  purpose: requiredText(LIMITS.shortText, '共有の目的'),
  scope: z
    .array(z.enum(SHARE_SCOPES, `共有する範囲は ${SHARE_SCOPES.join(' / ')} から選んでください`), '共有する範囲は配列で指定してください')
    .check(z.minLength(1, '共有する範囲を1つ以上選んでください'), z.maxLength(SHARE_SCOPES.length, '共有する範囲が多すぎます')),
  expiresOn: isoDate('共有の期限'),
});
export type CreateShareRequest = z.infer<typeof createShareRequest>;

export const SHARE_STATES = ['active', 'expired', 'withdrawn'] as const;
export type ShareState = (typeof SHARE_STATES)[number];

export const shareView = z.object({
  id: z.string(),
  from: organisationCard,
  to: organisationCard,
  businessId: z.string(),
  businessName: z.string(),
  consentOn: z.string(),
  consentMethod: z.enum(CONSENT_METHODS),
  purpose: z.string(),
  scope: z.array(z.enum(SHARE_SCOPES)),
  expiresOn: z.string(),
  withdrawnAt: z.nullable(z.string()),
  state: z.enum(SHARE_STATES),
  createdByName: z.string(),
  /** The receiving organisation's own business linked to it (shown to the receiver only). */
  linkedBusinessId: z.nullable(z.string()),
});
export type ShareView = z.infer<typeof shareView>;
export const shareList = z.object({ outgoing: z.array(shareView), incoming: z.array(shareView) });
export const linkShareRequest = z.strictObject({ businessId: z.nullable(uuid('事業者ID')) });

/** A shared karte as the receiving organisation reads it: names, never the other organisation's ids of people or tags. */
export const sharedKarte = z.object({
  share: shareView,
  business: z.object({
    name: z.string(),
    /** With the `profile` scope; null without it. */
    profile: z.nullable(z.record(z.string(), z.unknown())),
  }),
  consultations: z.array(
    z.object({
      heldAt: z.string(),
      channel: z.enum(CHANNELS),
      inquiry: z.string(),
      ownerWords: z.string(),
      advice: z.string(),
      insight: z.string(),
      tags: z.array(z.string()),
      authorName: z.string(),
    }),
  ),
  actions: z.array(z.object({ text: z.string(), dueDate: z.nullable(z.string()), done: z.boolean() })),
});
export type SharedKarte = z.infer<typeof sharedKarte>;
export const sharedKartes = z.object({ kartes: z.array(sharedKarte) });
