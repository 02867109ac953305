import type { Business } from './records';

/**
 * The business fields of the full profile added in protocol 3 (issue 12): 業種 by 中分類, and
 * the karte's 被災 and 事業承継 sections as flat fields, so each merges on its own in sync (two
 * devices filling in different parts of a section never overwrite each other) and the free texts
 * keep both versions as a conflict copy (FREE_TEXT_FIELDS).
 */
export const DISASTER_FIELDS = [
  'disasterName',
  'disasterDamage',
  'disasterCertificate',
  'disasterCertificateDate',
  'disasterRecovery',
  'disasterRecoveryNote',
] as const;
export const SUCCESSION_FIELDS = ['successor', 'successionTiming', 'successionReferral', 'successionReferredOn'] as const;
export const PROFILE_FIELDS = ['industryMiddle', ...DISASTER_FIELDS, ...SUCCESSION_FIELDS] as const;

export type ProfileFields = Pick<Business, (typeof PROFILE_FIELDS)[number]>;

/** What a business holds for these fields until someone fills them in (part of RECORD_DEFAULTS). */
export const PROFILE_DEFAULTS: Readonly<ProfileFields> = {
  industryMiddle: null,
  disasterName: '',
  disasterDamage: '',
  disasterCertificate: null,
  disasterCertificateDate: null,
  disasterRecovery: null,
  disasterRecoveryNote: '',
  successor: null,
  successionTiming: '',
  successionReferral: null,
  successionReferredOn: null,
};

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** Whether anything of the 被災 section is filled in. */
export const hasDisaster = (b: Partial<ProfileFields>) => DISASTER_FIELDS.some((f) => !blank(b[f]));
/** Whether anything of the 事業承継 section is filled in. */
export const hasSuccession = (b: Partial<ProfileFields>) => SUCCESSION_FIELDS.some((f) => !blank(b[f]));
