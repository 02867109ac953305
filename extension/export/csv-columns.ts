import type { DirectoryEntry } from '../../shared/api';
import type { ExportRecord } from '../../shared/export-format';
import type { RecordKind } from '../../shared/records';
import type { MessageKey, Translate } from '../locales/languages';
import type { CsvColumn } from '../reports/csv';

/**
 * The columns of the export's CSV files, one file per kind of record a person works with.
 * Headers are keys of their own (`exportCsv.col.*`, locales/ja-export.ts): a file's columns must
 * not change when a form's label is reworded, since other systems and the import map by them.
 * People, tags and businesses are named; their ids follow in columns marked 「（再取込用）」.
 */
export const CSV_KINDS = [
  'business',
  'consultation',
  'action',
  'application',
  'expertDispatch',
  'yearlyFigures',
  'demandEvent',
  'founder',
] as const;
export type CsvKind = (typeof CSV_KINDS)[number] & RecordKind;

/** What a cell needs besides its record: names for ids, and the words of the page's language. */
export interface CsvNames {
  t: Translate;
  advisors: ReadonlyMap<string, DirectoryEntry>;
  tags: ReadonlyMap<string, string>;
  businesses: ReadonlyMap<string, string>;
}

type Col = (n: CsvNames) => CsvColumn<ExportRecord>;
type Data = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** A column of one field, written as it is (text, number, date). */
const field =
  (header: MessageKey, name: string): Col =>
  ({ t }) => ({
    header: t(header),
    value: (r) => {
      const v = (r.data as Data)[name];
      return typeof v === 'number' ? v : str(v);
    },
  });

/** A code (shared/enums.ts) as the UI says it, e.g. channel.counter → 窓口; a code the catalogue lacks is written as it is. */
const coded =
  (header: MessageKey, name: string, prefix: string): Col =>
  ({ t }) => ({
    header: t(header),
    value: (r) => {
      const code = str((r.data as Data)[name]);
      return code === null ? null : (t(`${prefix}.${code}` as MessageKey) ?? code);
    },
  });

const yesNo =
  (header: MessageKey, name: string): Col =>
  ({ t }) => ({
    header: t(header),
    value: (r) => {
      const v = (r.data as Data)[name];
      return v === true ? t('exportCsv.yes') : v === false ? t('exportCsv.no') : null;
    },
  });

const advisorName = (n: CsvNames, id: string | null) => (id === null ? null : (n.advisors.get(id)?.name ?? n.t('advisor.unknown')));

const advisor =
  (header: MessageKey, name: string): Col =>
  (n) => ({ header: n.t(header), value: (r) => advisorName(n, str((r.data as Data)[name])) });
const id: Col = ({ t }) => ({ header: t('exportCsv.col.id'), value: (r) => r.id });
const idOf =
  (header: MessageKey, name: string): Col =>
  ({ t }) => ({ header: t(header), value: (r) => str((r.data as Data)[name]) });
const businessName: Col = (n) => ({
  header: n.t('exportCsv.col.businessName'),
  value: (r) => {
    const b = str((r.data as Data).businessId);
    return b === null ? null : (n.businesses.get(b) ?? n.t('exportCsv.unknownBusiness'));
  },
});
const author: Col = (n) => ({ header: n.t('exportCsv.col.author'), value: (r) => advisorName(n, r.authorId) });
const authorId: Col = ({ t }) => ({ header: t('exportCsv.col.authorId'), value: (r) => r.authorId });
const businessId = idOf('exportCsv.col.businessId', 'businessId');
const createdAt: Col = ({ t }) => ({ header: t('exportCsv.col.createdAt'), value: (r) => r.createdAt });
const updatedAt: Col = ({ t }) => ({ header: t('exportCsv.col.updatedAt'), value: (r) => r.updatedAt });
/** 機微 text emptied (not asked for, or not the exporter's to read): the empty cells are not empty notes. */
const redacted: Col = ({ t }) => ({ header: t('exportCsv.col.redacted'), value: (r) => (r.redacted ? t('exportCsv.redactedMark') : '') });

const COLUMNS: Record<CsvKind, readonly Col[]> = {
  business: [
    id,
    field('exportCsv.col.name', 'name'),
    field('exportCsv.col.nameKana', 'nameKana'),
    field('exportCsv.col.corporateNumber', 'corporateNumber'),
    coded('exportCsv.col.legalForm', 'legalForm', 'legalForm'),
    coded('exportCsv.col.industry', 'industry', 'industry'),
    field('exportCsv.col.industryMiddle', 'industryMiddle'),
    field('exportCsv.col.employees', 'employees'),
    field('exportCsv.col.municipality', 'municipality'),
    coded('exportCsv.col.membership', 'membership', 'membership'),
    yesNo('exportCsv.col.smallBusiness', 'smallBusiness'),
    ({ t }) => ({
      header: t('exportCsv.col.externalIds'),
      value: (r) =>
        ((r.data as Data).externalIds as { system: string; value: string }[])
          .map((e) => `${e.system}: ${e.value}`)
          .join(t('common.listSeparator')),
    }),
    coded('exportCsv.col.status', 'status', 'status'),
    coded('exportCsv.col.closeReason', 'closeReason', 'closeReason'),
    field('exportCsv.col.bansoSince', 'bansoSince'),
    field('exportCsv.col.vision', 'vision'),
    field('exportCsv.col.essentialIssue', 'essentialIssue'),
    field('exportCsv.col.strengths', 'strengths'),
    field('exportCsv.col.weaknesses', 'weaknesses'),
    advisor('exportCsv.col.assignedAdvisor', 'assignedAdvisorId'),
    field('exportCsv.col.disasterName', 'disasterName'),
    field('exportCsv.col.disasterDamage', 'disasterDamage'),
    coded('exportCsv.col.disasterCertificate', 'disasterCertificate', 'certificate'),
    field('exportCsv.col.disasterCertificateDate', 'disasterCertificateDate'),
    coded('exportCsv.col.disasterRecovery', 'disasterRecovery', 'recovery'),
    field('exportCsv.col.disasterRecoveryNote', 'disasterRecoveryNote'),
    coded('exportCsv.col.successor', 'successor', 'successor'),
    field('exportCsv.col.successionTiming', 'successionTiming'),
    coded('exportCsv.col.successionReferral', 'successionReferral', 'referral'),
    field('exportCsv.col.successionReferredOn', 'successionReferredOn'),
    author,
    createdAt,
    updatedAt,
    redacted,
    idOf('exportCsv.col.assignedAdvisorId', 'assignedAdvisorId'),
    authorId,
  ],
  consultation: [
    id,
    businessName,
    field('exportCsv.col.heldAt', 'heldAt'),
    field('exportCsv.col.durationMin', 'durationMin'),
    coded('exportCsv.col.channel', 'channel', 'channel'),
    coded('exportCsv.col.programme', 'programme', 'programme'),
    author,
    (n) => ({
      header: n.t('exportCsv.col.coAdvisors'),
      value: (r) =>
        ids((r.data as Data).advisorIds)
          .map((a) => advisorName(n, a))
          .join(n.t('common.listSeparator')),
    }),
    field('exportCsv.col.personMet', 'personMet'),
    field('exportCsv.col.participants', 'participants'),
    coded('exportCsv.col.expertPaidBy', 'expertPaidBy', 'expertPaidBy'),
    field('exportCsv.col.expertName', 'expertName'),
    (n) => ({
      header: n.t('exportCsv.col.tags'),
      value: (r) =>
        ids((r.data as Data).tagIds)
          .map((tag) => n.tags.get(tag) ?? n.t('tags.deleted'))
          .join(n.t('common.listSeparator')),
    }),
    field('exportCsv.col.inquiry', 'inquiry'),
    field('exportCsv.col.ownerWords', 'ownerWords'),
    field('exportCsv.col.advice', 'advice'),
    field('exportCsv.col.insight', 'insight'),
    field('exportCsv.col.essentialIssue', 'essentialIssue'),
    yesNo('exportCsv.col.sensitive', 'sensitive'),
    field('exportCsv.col.sourceUrl', 'sourceUrl'),
    field('exportCsv.col.sourceTitle', 'sourceTitle'),
    createdAt,
    updatedAt,
    redacted,
    businessId,
    authorId,
    ({ t }) => ({ header: t('exportCsv.col.coAdvisorIds'), value: (r) => ids((r.data as Data).advisorIds).join(' ') }),
    ({ t }) => ({ header: t('exportCsv.col.tagIds'), value: (r) => ids((r.data as Data).tagIds).join(' ') }),
  ],
  action: [
    id,
    businessName,
    coded('exportCsv.col.side', 'side', 'side'),
    field('exportCsv.col.actionText', 'text'),
    field('exportCsv.col.dueDate', 'dueDate'),
    yesNo('exportCsv.col.done', 'done'),
    field('exportCsv.col.doneAt', 'doneAt'),
    author,
    createdAt,
    updatedAt,
    redacted,
    businessId,
    idOf('exportCsv.col.consultationId', 'consultationId'),
    authorId,
  ],
  application: [
    id,
    businessName,
    coded('exportCsv.col.measure', 'measure', 'measure'),
    field('exportCsv.col.measureName', 'measureName'),
    field('exportCsv.col.round', 'round'),
    field('exportCsv.col.appliedOn', 'appliedOn'),
    field('exportCsv.col.requestedAmount', 'requestedAmount'),
    coded('exportCsv.col.result', 'result', 'result'),
    field('exportCsv.col.adoptedAmount', 'adoptedAmount'),
    field('exportCsv.col.grantDecidedOn', 'grantDecidedOn'),
    field('exportCsv.col.reportedOn', 'reportedOn'),
    advisor('exportCsv.col.supportingAdvisor', 'advisorId'),
    yesNo('exportCsv.col.recommended', 'recommended'),
    field('exportCsv.col.recommendedOn', 'recommendedOn'),
    author,
    createdAt,
    updatedAt,
    businessId,
    idOf('exportCsv.col.supportingAdvisorId', 'advisorId'),
    authorId,
  ],
  expertDispatch: [
    id,
    businessName,
    coded('exportCsv.col.scheme', 'scheme', 'scheme'),
    field('exportCsv.col.schemeName', 'schemeName'),
    coded('exportCsv.col.paidBy', 'paidBy', 'expertPaidBy'),
    field('exportCsv.col.expertName', 'expertName'),
    field('exportCsv.col.theme', 'theme'),
    ({ t }) => ({
      header: t('exportCsv.col.visitDates'),
      value: (r) => ((r.data as Data).visits as { date: string }[]).map((v) => v.date).join(t('common.listSeparator')),
    }),
    ({ t }) => ({
      header: t('exportCsv.col.visitHours'),
      value: (r) => ((r.data as Data).visits as { hours: number | null }[]).reduce((sum, v) => sum + (v.hours ?? 0), 0),
    }),
    field('exportCsv.col.fee', 'fee'),
    field('exportCsv.col.report', 'report'),
    author,
    createdAt,
    updatedAt,
    redacted,
    businessId,
    idOf('exportCsv.col.consultationId', 'consultationId'),
    authorId,
  ],
  yearlyFigures: [
    id,
    businessName,
    field('exportCsv.col.fiscalPeriod', 'fiscalPeriod'),
    field('exportCsv.col.sales', 'sales'),
    field('exportCsv.col.grossProfit', 'grossProfit'),
    field('exportCsv.col.operatingProfit', 'operatingProfit'),
    field('exportCsv.col.employees', 'employees'),
    author,
    createdAt,
    updatedAt,
    businessId,
    authorId,
  ],
  demandEvent: [
    id,
    businessName,
    coded('exportCsv.col.eventKind', 'eventKind', 'demandKind'),
    field('exportCsv.col.eventName', 'name'),
    field('exportCsv.col.heldOn', 'heldOn'),
    field('exportCsv.col.meetings', 'meetings'),
    field('exportCsv.col.deals', 'deals'),
    field('exportCsv.col.dealAmount', 'dealAmount'),
    author,
    createdAt,
    updatedAt,
    businessId,
    authorId,
  ],
  founder: [
    id,
    field('exportCsv.col.founderName', 'name'),
    field('exportCsv.col.nameKana', 'nameKana'),
    field('exportCsv.col.plannedBusiness', 'plannedBusiness'),
    field('exportCsv.col.plannedStart', 'plannedStart'),
    field('exportCsv.col.registrationPlannedOn', 'registrationPlannedOn'),
    field('exportCsv.col.certificateMunicipality', 'municipality'),
    field('exportCsv.col.certificateNumber', 'certificateNumber'),
    field('exportCsv.col.certificateIssuedOn', 'certificateIssuedOn'),
    field('exportCsv.col.foundedOn', 'foundedOn'),
    businessName,
    author,
    createdAt,
    updatedAt,
    businessId,
    authorId,
  ],
};

/** The columns of one kind's file, in the page's language. */
export const columnsOf = (kind: CsvKind, names: CsvNames): CsvColumn<ExportRecord>[] => COLUMNS[kind].map((col) => col(names));
