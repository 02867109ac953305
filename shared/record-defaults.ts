import { PROFILE_DEFAULTS } from './business-profile';
import type { FieldsOf, RecordKind } from './records';

/** Values a newly created record takes for fields its creator left out. */
export const RECORD_DEFAULTS: { [K in RecordKind]: Partial<FieldsOf<K>> } = {
  business: {
    nameKana: '',
    corporateNumber: null,
    legalForm: null,
    industry: null,
    employees: null,
    municipality: '',
    membership: 'unknown',
    smallBusiness: null,
    externalIds: [],
    status: 'consulting',
    closeReason: null,
    bansoSince: null,
    vision: '',
    essentialIssue: '',
    strengths: '',
    weaknesses: '',
    visionSourceId: null,
    essentialIssueSourceId: null,
    statusChanges: [],
    bansoSuggestionDismissedAt: null,
    mergedInto: null,
    assignedAdvisorId: null,
    assignments: [],
    ...PROFILE_DEFAULTS,
    deleted: false,
  },
  consultation: {
    durationMin: null,
    personMet: '',
    advisorIds: [],
    programme: null,
    expertPaidBy: null,
    expertName: '',
    participants: null,
    tagIds: [],
    inquiry: '',
    ownerWords: '',
    advice: '',
    insight: '',
    essentialIssue: '',
    sensitive: false,
    sourceUrl: null,
    sourceTitle: '',
    deleted: false,
  },
  action: { consultationId: null, dueDate: null, done: false, doneAt: null, deleted: false },
  tagGroup: { order: 0, deleted: false },
  tag: { order: 0, deleted: false },
  conflict: { deleted: false },
  siteRule: { enabled: true, deleted: false },
  application: {
    measureName: '',
    round: '',
    appliedOn: null,
    requestedAmount: null,
    result: 'pending',
    adoptedAmount: null,
    grantDecidedOn: null,
    reportedOn: null,
    advisorId: null,
    recommended: false,
    recommendedOn: null,
    deleted: false,
  },
  expertDispatch: { schemeName: '', paidBy: null, theme: '', visits: [], fee: null, report: '', consultationId: null, deleted: false },
  yearlyFigures: { sales: null, grossProfit: null, operatingProfit: null, employees: null, deleted: false },
  demandEvent: { meetings: null, deals: null, dealAmount: null, deleted: false },
  founder: {
    businessId: null,
    nameKana: '',
    plannedBusiness: '',
    plannedStart: '',
    registrationPlannedOn: null,
    municipality: '',
    certificateNumber: '',
    certificateIssuedOn: null,
    foundedOn: null,
    deleted: false,
  },
};

/** Each kind's defaults as entries, listed once (every record read goes through withAllFields). */
const DEFAULT_ENTRIES = new Map<RecordKind, [string, unknown][]>();
const defaultEntries = (kind: RecordKind) => {
  let entries = DEFAULT_ENTRIES.get(kind);
  if (!entries) DEFAULT_ENTRIES.set(kind, (entries = Object.entries(RECORD_DEFAULTS[kind])));
  return entries;
};

/**
 * A stored record with every field its kind has now: a record stored before a field existed
 * takes the field's default (the extension's store is brought up to date with it once).
 */
export function withAllFields(kind: RecordKind, record: Record<string, unknown>): Record<string, unknown> {
  const missing = defaultEntries(kind).filter(([field]) => !(field in record));
  if (missing.length === 0) return record;
  // Arrays are copied: a default is never shared with a record that may be changed.
  return { ...Object.fromEntries(missing.map(([field, value]) => [field, Array.isArray(value) ? [...value] : value])), ...record };
}
