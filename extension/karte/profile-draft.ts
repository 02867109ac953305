import { EXTERNAL_SYSTEMS, type ExternalSystem } from '../../shared/enums';
import { industryDivisionOf, type IndustryMiddleCode } from '../../shared/industry-middle';
import type { Business } from '../../shared/records';
import type { MessageKey } from '../locales/languages';

/** One external ID as edited: a system from the list, or (null: その他) a name typed in `other`. */
export interface ExternalIdDraft {
  known: ExternalSystem | null;
  other: string;
  value: string;
}

type Choice<T> = T | '';

/** The profile as the editor holds it: what was typed, before it is checked and turned into fields. */
export interface ProfileDraft {
  name: string;
  nameKana: string;
  corporateNumber: string;
  legalForm: Choice<NonNullable<Business['legalForm']>>;
  municipality: string;
  membership: Business['membership'];
  industryMiddle: Choice<IndustryMiddleCode>;
  employees: string;
  /** The advisor's decision: yes, no, or not decided. */
  smallBusiness: Choice<'yes' | 'no'>;
  strengths: string;
  weaknesses: string;
  externalIds: ExternalIdDraft[];
  disasterName: string;
  disasterDamage: string;
  disasterCertificate: Choice<NonNullable<Business['disasterCertificate']>>;
  disasterCertificateDate: string;
  disasterRecovery: Choice<NonNullable<Business['disasterRecovery']>>;
  disasterRecoveryNote: string;
  successor: Choice<NonNullable<Business['successor']>>;
  successionTiming: string;
  successionReferral: Choice<NonNullable<Business['successionReferral']>>;
  successionReferredOn: string;
}

/** Full-width digits typed through an IME count as the digits they are; spaces drop out. */
const digitsOf = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\s/g, '');

/** A 法人番号 as typed: full-width digits welcome, spaces and hyphens (1-2345-6789-0123) dropped. */
export const halfWidthDigits = (s: string) => digitsOf(s).replace(/[-－ー‐]/g, '');

export function externalIdDraft(e: { system: string; value: string }): ExternalIdDraft {
  const known = (EXTERNAL_SYSTEMS as readonly string[]).includes(e.system) ? (e.system as ExternalSystem) : null;
  return { known, other: known ? '' : e.system, value: e.value };
}

export function draftOf(b: Business): ProfileDraft {
  const small = b.smallBusiness === null ? '' : b.smallBusiness ? 'yes' : 'no';
  return {
    name: b.name,
    nameKana: b.nameKana,
    corporateNumber: b.corporateNumber ?? '',
    legalForm: b.legalForm ?? '',
    municipality: b.municipality,
    membership: b.membership,
    industryMiddle: b.industryMiddle ?? '',
    employees: b.employees === null ? '' : String(b.employees),
    smallBusiness: small,
    strengths: b.strengths,
    weaknesses: b.weaknesses,
    externalIds: b.externalIds.map(externalIdDraft),
    disasterName: b.disasterName,
    disasterDamage: b.disasterDamage,
    disasterCertificate: b.disasterCertificate ?? '',
    disasterCertificateDate: b.disasterCertificateDate ?? '',
    disasterRecovery: b.disasterRecovery ?? '',
    disasterRecoveryNote: b.disasterRecoveryNote,
    successor: b.successor ?? '',
    successionTiming: b.successionTiming,
    successionReferral: b.successionReferral ?? '',
    successionReferredOn: b.successionReferredOn ?? '',
  };
}

/** The number typed for 従業員数, or null when blank; undefined when it is no whole number. */
export function employeesOf(typed: string): number | null | undefined {
  const digits = digitsOf(typed.trim().replace(/[人名]$/, ''));
  if (digits === '') return null;
  return /^\d{1,7}$/.test(digits) ? Number(digits) : undefined;
}

export type DraftProblem = Extract<MessageKey, 'basics.corporateNumberBad' | 'profile.employeesBad' | 'profile.externalOtherBad'>;

const orNull = <T extends string>(v: Choice<T>): T | null => (v === '' ? null : v);
const dateIf = (keep: boolean, date: string) => (keep && date !== '' ? date : null);

/**
 * The fields the draft changes on `stored`, or the first thing to put right. The 大分類 follows
 * the 中分類 (clearing a chosen 中分類 clears it too; a 大分類 recorded alone stays); a date
 * goes only with the state it dates (罹災証明 申請中・交付済み, センターへの紹介 済).
 */
export function changeOf(
  b: Business,
  d: ProfileDraft,
  corporateNumberValid: (n: string) => boolean,
): { change: Partial<Business> } | { problem: DraftProblem } {
  const number = halfWidthDigits(d.corporateNumber);
  if (number !== '' && !corporateNumberValid(number)) return { problem: 'basics.corporateNumberBad' };
  const employees = employeesOf(d.employees);
  if (employees === undefined) return { problem: 'profile.employeesBad' };
  const ids = d.externalIds.filter((e) => e.value.trim() !== '');
  if (ids.some((e) => e.known === null && e.other.trim() === '')) return { problem: 'profile.externalOtherBad' };
  const middle = orNull(d.industryMiddle);
  const next: Partial<Business> = {
    name: d.name,
    nameKana: d.nameKana,
    corporateNumber: number === '' ? null : number,
    legalForm: orNull(d.legalForm),
    municipality: d.municipality,
    membership: d.membership,
    industryMiddle: middle,
    industry: middle ? industryDivisionOf(middle) : b.industryMiddle ? null : b.industry,
    employees,
    smallBusiness: d.smallBusiness === '' ? null : d.smallBusiness === 'yes',
    strengths: d.strengths,
    weaknesses: d.weaknesses,
    externalIds: ids.map((e) => ({ system: e.known ?? e.other.trim(), value: e.value.trim() })),
    disasterName: d.disasterName.trim(),
    disasterDamage: d.disasterDamage,
    disasterCertificate: orNull(d.disasterCertificate),
    disasterCertificateDate: dateIf(d.disasterCertificate === 'applied' || d.disasterCertificate === 'issued', d.disasterCertificateDate),
    disasterRecovery: orNull(d.disasterRecovery),
    disasterRecoveryNote: d.disasterRecoveryNote,
    successor: orNull(d.successor),
    successionTiming: d.successionTiming.trim(),
    successionReferral: orNull(d.successionReferral),
    successionReferredOn: dateIf(d.successionReferral === 'referred', d.successionReferredOn),
  };
  const before = b as unknown as Record<string, unknown>;
  const change = Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
  return { change: change as Partial<Business> };
}
