import * as z from 'zod/mini';
import {
  ACTION_SIDES,
  CHANNELS,
  CLOSE_REASONS,
  DISASTER_CERTIFICATES,
  EXPERT_PAYERS,
  KARTE_STATUSES,
  LEGAL_FORMS,
  MEMBERSHIPS,
  PROGRAMMES,
  RECOVERY_STATES,
  SUCCESSION_REFERRALS,
  SUCCESSORS,
} from './enums';
import {
  boundedArray,
  choice,
  corporateNumber,
  deletedFlag,
  externalIds,
  httpUrl,
  isoDate,
  isoDateTime,
  requiredText,
  tagId,
  text,
  uuid,
  wholeNumber,
} from './fields';
import { INDUSTRY_CODES } from './industry';
import { INDUSTRY_MIDDLE_CODES } from './industry-middle';
import { LIMITS } from './limits';
import { siteRuleShape } from './site-rules';
import { applicationFields, demandEventFields, expertDispatchFields, founderFields, yearlyFiguresFields } from './support-records';

const deleted = deletedFlag;

/** 事業者 and its karte state. Every field is independently mergeable by sync. */
export const businessFields = z.strictObject({
  name: requiredText(LIMITS.name, '事業者名'),
  nameKana: text(LIMITS.kana, 'フリガナ'),
  corporateNumber: z.nullable(corporateNumber),
  legalForm: z.nullable(choice(LEGAL_FORMS, '法人・個人の区分')),
  industry: z.nullable(choice(INDUSTRY_CODES, '業種（日本標準産業分類 大分類）')),
  /**
   * 業種 by 日本標準産業分類 中分類 (shared/industry-middle.ts). When set, `industry` is its 大分類
   * (recordSchema sets it): clients of protocol 1 and 2 keep reading the 大分類. Protocol 3.
   */
  industryMiddle: z.nullable(z.enum(INDUSTRY_MIDDLE_CODES, '業種（日本標準産業分類 中分類）は2桁のコード（01〜99）で指定してください')),
  employees: z.nullable(
    z
      .number('従業員数は数値で入力してください')
      .check(
        z.int('従業員数は整数で入力してください'),
        z.gte(0, '従業員数は0以上で入力してください'),
        z.lte(1_000_000, '従業員数が大きすぎます'),
      ),
  ),
  municipality: text(LIMITS.shortText, '所在市区町村'),
  membership: choice(MEMBERSHIPS, '会員区分'),
  smallBusiness: z.nullable(z.boolean('小規模事業者は true / false で指定してください')),
  externalIds,
  status: choice(KARTE_STATUSES, 'カルテの状態'),
  closeReason: z.nullable(choice(CLOSE_REASONS, '支援終了の理由')),
  bansoSince: z.nullable(isoDate('伴走開始日')),
  vision: text(LIMITS.karteText, '将来像'),
  essentialIssue: text(LIMITS.karteText, '本質的課題'),
  strengths: text(LIMITS.karteText, '強み'),
  weaknesses: text(LIMITS.karteText, '弱み'),
  /** The consultations the current 将来像 and 本質的課題 came from (null: written on the karte itself). */
  visionSourceId: z.nullable(uuid('将来像の出典となる相談記録ID')),
  essentialIssueSourceId: z.nullable(uuid('本質的課題の出典となる相談記録ID')),
  /** Every change of karte status, oldest first: the karte shows its history. */
  statusChanges: boundedArray(
    z.strictObject({ status: choice(KARTE_STATUSES, 'カルテの状態'), at: isoDateTime('状態の変更日時') }),
    LIMITS.statusChanges,
    { type: '状態の変更履歴は配列で指定してください', max: `状態の変更履歴は${LIMITS.statusChanges}件までです` },
  ),
  /** When the advisor last dismissed the 伴走 suggestion (it stays quiet until a newer qualifying consultation). */
  bansoSuggestionDismissedAt: z.nullable(isoDateTime('伴走の提案を見送った日時')),
  /**
   * Set when this record was merged into another business (shared/business-merge.ts): it is
   * deleted, and writes still aimed at it land on that business (docs/sync.md). Protocol 2.
   */
  mergedInto: z.nullable(uuid('統合先の事業者ID')),
  /** 担当指導員 now (null: not assigned; the one who registered it stands in), and who it was before (protocol 3). */
  assignedAdvisorId: z.nullable(uuid('担当指導員ID')),
  assignments: boundedArray(
    z.strictObject({ advisorId: z.nullable(uuid('担当指導員ID')), from: isoDate('担当の開始日') }),
    LIMITS.assignments,
    { type: '担当の履歴は配列で指定してください', max: `担当の履歴は${LIMITS.assignments}件までです` },
  ),
  /** 被災 (protocol 3, shared/business-profile.ts): 災害名, 被害の内容, 罹災証明 and its date, 再建の状況 with notes. */
  disasterName: text(LIMITS.shortText, '災害名'),
  disasterDamage: text(LIMITS.karteText, '被害の内容'),
  disasterCertificate: z.nullable(choice(DISASTER_CERTIFICATES, '罹災証明')),
  /** The date the 罹災証明 was applied for (申請中) or issued (交付済み). */
  disasterCertificateDate: z.nullable(isoDate('罹災証明の日付')),
  disasterRecovery: z.nullable(choice(RECOVERY_STATES, '再建の状況')),
  disasterRecoveryNote: text(LIMITS.karteText, '再建の状況のメモ'),
  /** 事業承継 (protocol 3): 後継者の有無, 承継予定時期 (as the owner says it: 「2028年春」「3年以内」), センターへの紹介 and its date. */
  successor: z.nullable(choice(SUCCESSORS, '後継者の有無')),
  successionTiming: text(LIMITS.shortText, '承継予定時期'),
  successionReferral: z.nullable(choice(SUCCESSION_REFERRALS, '事業承継・引継ぎ支援センターへの紹介')),
  successionReferredOn: z.nullable(isoDate('事業承継・引継ぎ支援センターへの紹介日')),
  deleted,
});

export const DIALOGUE_FIELDS = ['inquiry', 'ownerWords', 'advice', 'insight', 'essentialIssue'] as const;

/** 相談記録. The owner's own words are kept apart from the advisor's advice. */
export const consultationFields = z.strictObject({
  businessId: uuid('事業者ID'),
  heldAt: isoDateTime('相談日時'),
  durationMin: z.nullable(
    z
      .number('所要時間は分単位の数値で入力してください')
      .check(
        z.int('所要時間は整数（分）で入力してください'),
        z.gte(0, '所要時間は0分以上で入力してください'),
        z.lte(1440, '所要時間は1440分（24時間）以内で入力してください'),
      ),
  ),
  personMet: text(LIMITS.shortText, '面談相手'),
  /** 講習会・セミナー: how many took part (protocol 4); null when not counted or not a seminar. */
  participants: z.nullable(wholeNumber('参加者数', 0, LIMITS.seminarParticipants)),
  advisorIds: boundedArray(uuid('支援者ID'), LIMITS.advisorsPerConsultation, {
    type: '同席の支援者は配列で指定してください',
    max: `同席の支援者は${LIMITS.advisorsPerConsultation}名までです`,
  }),
  channel: choice(CHANNELS, '相談方法'),
  programme: z.nullable(choice(PROGRAMMES, '事業区分')),
  /** 専門家派遣: who paid the expert, and the expert's name (protocol 3). */
  expertPaidBy: z.nullable(choice(EXPERT_PAYERS, '専門家の費用負担')),
  expertName: text(LIMITS.shortText, '専門家名'),
  tagIds: boundedArray(tagId, LIMITS.tagsPerConsultation, {
    type: 'タグは配列で指定してください',
    max: `タグは1件の相談につき${LIMITS.tagsPerConsultation}個までです`,
  }).check(z.refine((ids) => new Set(ids).size === ids.length, '同じタグが重複しています')),
  inquiry: text(LIMITS.noteField, '相談内容'),
  ownerWords: text(LIMITS.noteField, '経営者の言葉'),
  advice: text(LIMITS.noteField, '助言・支援内容'),
  insight: text(LIMITS.noteField, '経営者の気づき'),
  essentialIssue: text(LIMITS.noteField, '本質的課題'),
  sensitive: z.boolean('「機微情報を含む」は true / false で指定してください'),
  sourceUrl: z.nullable(httpUrl),
  sourceTitle: text(LIMITS.title, 'ページタイトル'),
  deleted,
});

/** 次の行動: owner-side or advisor-side, with an optional due date. */
export const actionFields = z.strictObject({
  businessId: uuid('事業者ID'),
  consultationId: z.nullable(uuid('相談記録ID')),
  side: choice(ACTION_SIDES, '担当（経営者 / 支援者）'),
  text: requiredText(LIMITS.actionText, '次の行動'),
  dueDate: z.nullable(isoDate('期日')),
  done: z.boolean('完了フラグは true / false で指定してください'),
  doneAt: z.nullable(isoDateTime('完了日時')),
  deleted,
});

export const tagGroupFields = z.strictObject({
  name: requiredText(LIMITS.tagName, 'タググループ名'),
  order: z.number('並び順は数値で指定してください').check(z.int(), z.gte(0), z.lte(10_000)),
  deleted,
});

export const tagFields = z.strictObject({
  groupId: tagId,
  name: requiredText(LIMITS.tagName, 'タグ名'),
  order: z.number('並び順は数値で指定してください').check(z.int(), z.gte(0), z.lte(10_000)),
  deleted,
});

/**
 * A conflict copy: the text of an edit that lost to a concurrent edit of the same
 * free-text field. Resolving it (keep / merge by hand) marks it deleted.
 */
export const conflictFields = z.strictObject({
  recordKind: z.enum(['business', 'consultation', 'action']),
  recordId: uuid('記録ID'),
  field: z.string().check(z.minLength(1), z.maxLength(40)),
  text: text(LIMITS.noteField, '同時編集で食い違った文章'),
  deleted,
});

/**
 * A site rule (shared/site-rules.ts) as a synced record of the organisation; its id is the record
 * id. The check of its regular expressions is a whole-record rule (shared/record-rules.ts).
 */
export const siteRuleFields = z.extend(z.omit(siteRuleShape, { id: true }), { deleted });

/** Every kind of record. Protocol 4 added the support records (shared/support-records.ts; KINDS_SINCE). */
export const RECORD_KINDS = [
  'business',
  'consultation',
  'action',
  'tagGroup',
  'tag',
  'conflict',
  'siteRule',
  'application',
  'expertDispatch',
  'yearlyFigures',
  'demandEvent',
  'founder',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const FIELDS_BY_KIND = {
  business: businessFields,
  consultation: consultationFields,
  action: actionFields,
  tagGroup: tagGroupFields,
  tag: tagFields,
  conflict: conflictFields,
  siteRule: siteRuleFields,
  application: applicationFields,
  expertDispatch: expertDispatchFields,
  yearlyFigures: yearlyFiguresFields,
  demandEvent: demandEventFields,
  founder: founderFields,
} as const;

export type Business = z.infer<typeof businessFields>;
export type Consultation = z.infer<typeof consultationFields>;
export type NextAction = z.infer<typeof actionFields>;
export type TagGroup = z.infer<typeof tagGroupFields>;
export type Tag = z.infer<typeof tagFields>;
export type Conflict = z.infer<typeof conflictFields>;
export type SiteRuleRecord = z.infer<typeof siteRuleFields>;
export type Application = z.infer<typeof applicationFields>;
export type ExpertDispatch = z.infer<typeof expertDispatchFields>;
export type DispatchVisit = ExpertDispatch['visits'][number];
export type YearlyFigures = z.infer<typeof yearlyFiguresFields>;
export type DemandEvent = z.infer<typeof demandEventFields>;
export type Founder = z.infer<typeof founderFields>;
export type FieldsOf<K extends RecordKind> = z.infer<(typeof FIELDS_BY_KIND)[K]>;
