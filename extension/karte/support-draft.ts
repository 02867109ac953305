import type { ApplicationResult, DemandEventKind, DispatchScheme, ExpertPayer, SupportMeasure } from '../../shared/enums';
import type { Application, DemandEvent, ExpertDispatch, Founder, YearlyFigures } from '../../shared/records';
import type { MessageKey } from '../locales/languages';
import { fiscalPeriodOf, parseCount, parseHours, parseYen, typedYen } from './typed-numbers';

/**
 * The karte's support-record forms as they hold what was typed, and what each draft becomes as
 * fields (or the first thing to put right). Numbers are read as people type them (typed-numbers.ts).
 */

type Choice<T> = T | '';
export type Problem = { problem: MessageKey };
export type Outcome<T> = { fields: T } | Problem;

// --- 補助金・融資の申請 ---

export interface ApplicationDraft {
  measure: Choice<SupportMeasure>;
  measureName: string;
  round: string;
  appliedOn: string;
  requested: string;
  result: ApplicationResult;
  adopted: string;
  grantDecidedOn: string;
  reportedOn: string;
  advisorId: string;
  recommended: boolean;
  recommendedOn: string;
}

export function applicationDraft(a: Application | null, me: string | null): ApplicationDraft {
  return {
    measure: a?.measure ?? '',
    measureName: a?.measureName ?? '',
    round: a?.round ?? '',
    appliedOn: a?.appliedOn ?? '',
    requested: typedYen(a?.requestedAmount ?? null),
    result: a?.result ?? 'pending',
    adopted: typedYen(a?.adoptedAmount ?? null),
    grantDecidedOn: a?.grantDecidedOn ?? '',
    reportedOn: a?.reportedOn ?? '',
    advisorId: a ? (a.advisorId ?? '') : (me ?? ''),
    recommended: a?.recommended ?? false,
    recommendedOn: a?.recommendedOn ?? '',
  };
}

const dateOrNull = (s: string) => (s === '' ? null : s);

/**
 * What an application draft writes. What follows 採択 goes only with 採択; 交付決定 and 実績報告
 * belong to a 補助金, the 推薦 to マル経融資 (the shared schema refuses them elsewhere).
 */
export function applicationFromDraft(d: ApplicationDraft): Outcome<Omit<Application, 'businessId' | 'deleted'>> {
  if (d.measure === '') return { problem: 'application.measureMissing' };
  if (d.measure === 'other' && d.measureName.trim() === '') return { problem: 'application.measureNameMissing' };
  const requested = parseYen(d.requested);
  const adopted = d.result === 'adopted' ? parseYen(d.adopted) : null;
  if (requested === undefined || adopted === undefined) return { problem: 'support.yenBad' };
  const loan = d.measure === 'marukei';
  const grant = d.result === 'adopted' && !loan;
  return {
    fields: {
      measure: d.measure,
      measureName: d.measure === 'other' ? d.measureName.trim() : '',
      round: d.round.trim(),
      appliedOn: dateOrNull(d.appliedOn),
      requestedAmount: requested,
      result: d.result,
      adoptedAmount: adopted,
      grantDecidedOn: grant ? dateOrNull(d.grantDecidedOn) : null,
      reportedOn: grant ? dateOrNull(d.reportedOn) : null,
      advisorId: d.advisorId === '' ? null : d.advisorId,
      recommended: loan && d.recommended,
      recommendedOn: loan && d.recommended ? dateOrNull(d.recommendedOn) : null,
    },
  };
}

// --- 専門家派遣 ---

export interface VisitDraft {
  date: string;
  hours: string;
  note: string;
}

export interface DispatchDraft {
  scheme: Choice<DispatchScheme>;
  schemeName: string;
  paidBy: Choice<ExpertPayer>;
  expertName: string;
  theme: string;
  visits: VisitDraft[];
  fee: string;
  report: string;
  consultationId: string;
}

export function dispatchDraft(e: ExpertDispatch | null): DispatchDraft {
  return {
    scheme: e?.scheme ?? '',
    schemeName: e?.schemeName ?? '',
    paidBy: e?.paidBy ?? '',
    expertName: e?.expertName ?? '',
    theme: e?.theme ?? '',
    fee: typedYen(e?.fee ?? null),
    report: e?.report ?? '',
    consultationId: e?.consultationId ?? '',
    visits: (e?.visits ?? []).map((v) => ({ date: v.date, hours: v.hours === null ? '' : String(v.hours), note: v.note })),
  };
}

export function dispatchFromDraft(d: DispatchDraft): Outcome<Omit<ExpertDispatch, 'businessId' | 'deleted'>> {
  if (d.scheme === '') return { problem: 'dispatch.schemeMissing' };
  if (d.scheme === 'other' && d.schemeName.trim() === '') return { problem: 'dispatch.schemeNameMissing' };
  if (d.expertName.trim() === '') return { problem: 'dispatch.expertMissing' };
  const fee = parseYen(d.fee);
  if (fee === undefined) return { problem: 'support.yenBad' };
  const visits: ExpertDispatch['visits'] = [];
  for (const v of d.visits) {
    if (v.date === '' && v.hours.trim() === '' && v.note.trim() === '') continue; // a row added and left empty
    if (v.date === '') return { problem: 'dispatch.visitDateMissing' };
    const hours = parseHours(v.hours);
    if (hours === undefined) return { problem: 'dispatch.hoursBad' };
    visits.push({ date: v.date, hours, note: v.note.trim() });
  }
  visits.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    fields: {
      scheme: d.scheme,
      schemeName: d.scheme === 'other' ? d.schemeName.trim() : '',
      paidBy: d.paidBy === '' ? null : d.paidBy,
      expertName: d.expertName.trim(),
      theme: d.theme.trim(),
      visits,
      fee,
      report: d.report,
      consultationId: d.consultationId === '' ? null : d.consultationId,
    },
  };
}

// --- 決算の数値 ---

export interface FiguresDraft {
  fiscalPeriod: string;
  sales: string;
  grossProfit: string;
  operatingProfit: string;
  employees: string;
}

export function figuresDraft(f: YearlyFigures | null): FiguresDraft {
  return {
    fiscalPeriod: f?.fiscalPeriod ?? '',
    sales: typedYen(f?.sales ?? null),
    grossProfit: typedYen(f?.grossProfit ?? null),
    operatingProfit: typedYen(f?.operatingProfit ?? null),
    employees: f?.employees === null || f === null ? '' : String(f.employees),
  };
}

export function figuresFromDraft(d: FiguresDraft): Outcome<Omit<YearlyFigures, 'businessId' | 'deleted'>> {
  const fiscalPeriod = fiscalPeriodOf(d.fiscalPeriod);
  if (!fiscalPeriod) return { problem: 'figures.periodMissing' };
  const sales = parseYen(d.sales);
  const grossProfit = parseYen(d.grossProfit, true);
  const operatingProfit = parseYen(d.operatingProfit, true);
  if (sales === undefined || grossProfit === undefined || operatingProfit === undefined) return { problem: 'support.yenBad' };
  const employees = parseCount(d.employees);
  if (employees === undefined) return { problem: 'support.countBad' };
  if (sales === null && grossProfit === null && operatingProfit === null && employees === null) return { problem: 'figures.empty' };
  return { fields: { fiscalPeriod, sales, grossProfit, operatingProfit, employees } };
}

// --- 需要開拓 ---

export interface DemandDraft {
  eventKind: DemandEventKind;
  name: string;
  heldOn: string;
  meetings: string;
  deals: string;
  dealAmount: string;
}

export function demandDraft(e: DemandEvent | null): DemandDraft {
  const count = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  return {
    eventKind: e?.eventKind ?? 'exhibition',
    name: e?.name ?? '',
    heldOn: e?.heldOn ?? '',
    meetings: count(e?.meetings),
    deals: count(e?.deals),
    dealAmount: typedYen(e?.dealAmount ?? null),
  };
}

export function demandFromDraft(d: DemandDraft): Outcome<Omit<DemandEvent, 'businessId' | 'deleted'>> {
  if (d.name.trim() === '') return { problem: 'demand.nameMissing' };
  if (d.heldOn === '') return { problem: 'demand.heldOnMissing' };
  const meetings = parseCount(d.meetings);
  const deals = parseCount(d.deals);
  if (meetings === undefined || deals === undefined) return { problem: 'support.countBad' };
  const dealAmount = parseYen(d.dealAmount);
  if (dealAmount === undefined) return { problem: 'support.yenBad' };
  return { fields: { eventKind: d.eventKind, name: d.name.trim(), heldOn: d.heldOn, meetings, deals, dealAmount } };
}

// --- 特定創業支援 ---

export interface FounderDraft {
  name: string;
  nameKana: string;
  plannedBusiness: string;
  plannedStart: string;
  registrationPlannedOn: string;
  municipality: string;
  certificateNumber: string;
  certificateIssuedOn: string;
}

/** A new founder starts from the karte: its name (a 創業予定 karte is usually the person's) and 市区町村. */
export function founderDraft(f: Founder | null, karte: { name: string; municipality: string }): FounderDraft {
  return {
    name: f?.name ?? karte.name,
    nameKana: f?.nameKana ?? '',
    plannedBusiness: f?.plannedBusiness ?? '',
    plannedStart: f?.plannedStart ?? '',
    registrationPlannedOn: f?.registrationPlannedOn ?? '',
    municipality: f?.municipality ?? karte.municipality,
    certificateNumber: f?.certificateNumber ?? '',
    certificateIssuedOn: f?.certificateIssuedOn ?? '',
  };
}

export function founderFromDraft(d: FounderDraft): Outcome<Omit<Founder, 'businessId' | 'deleted' | 'foundedOn'>> {
  if (d.name.trim() === '') return { problem: 'founder.nameMissing' };
  return {
    fields: {
      name: d.name.trim(),
      nameKana: d.nameKana.trim(),
      plannedBusiness: d.plannedBusiness.trim(),
      plannedStart: d.plannedStart.trim(),
      registrationPlannedOn: dateOrNull(d.registrationPlannedOn),
      municipality: d.municipality.trim(),
      certificateNumber: d.certificateNumber.trim(),
      certificateIssuedOn: dateOrNull(d.certificateIssuedOn),
    },
  };
}
