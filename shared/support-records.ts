import * as z from 'zod/mini';
import { APPLICATION_RESULTS, DEMAND_EVENT_KINDS, DISPATCH_SCHEMES, EXPERT_PAYERS, SUPPORT_MEASURES } from './enums';
import { boundedArray, choice, deletedFlag, isoDate, requiredText, text, uuid, wholeNumber } from './fields';
import { LIMITS } from './limits';

/**
 * The support records the organisation's reports are built from (issue 13, protocol 4): 補助金・融資
 * applications, 専門家派遣, yearly figures, 需要開拓 events and 特定創業支援 founders. Each is a
 * record of its own (not fields of the business), so each syncs, merges and is deleted on its
 * own, and a business holds any number of them. Amounts are whole yen.
 */

const yen = (label: string) => z.nullable(wholeNumber(`${label}（円）`, 0, LIMITS.yenAmount));
const figure = (label: string, min: number) => z.nullable(wholeNumber(`${label}（円）`, min, LIMITS.yenFigure));

/** 決算期: the closing month of the fiscal year, as year and month (2026-03 is 2026年3月期). */
export const fiscalPeriod = z
  .string('決算期は文字列で指定してください')
  .check(z.regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, '決算期は決算月を「年-月」で指定してください（例: 2026-03 は2026年3月期）'));

/** 補助金・融資の申請: which 施策 and 公募回, when and how much, what came of it, and who supported it. */
export const applicationFields = z.strictObject({
  businessId: uuid('事業者ID'),
  measure: choice(SUPPORT_MEASURES, '施策'),
  /** The 施策's name when it is その他 (制度融資, a prefecture's own 補助金, …). */
  measureName: text(LIMITS.shortText, '施策名'),
  /** 公募回 as the 公募要領 says it: 「第17回」「2026年度第1次」. */
  round: text(LIMITS.shortText, '公募回'),
  appliedOn: z.nullable(isoDate('申請日')),
  requestedAmount: yen('申請額'),
  result: choice(APPLICATION_RESULTS, '結果'),
  adoptedAmount: yen('採択額'),
  grantDecidedOn: z.nullable(isoDate('交付決定日')),
  reportedOn: z.nullable(isoDate('実績報告日')),
  /** The advisor who supported the application (the organisation's directory). */
  advisorId: z.nullable(uuid('支援した指導員ID')),
  /** マル経融資: the chamber's 推薦 and its date. */
  recommended: z.boolean('推薦は true / false で指定してください'),
  recommendedOn: z.nullable(isoDate('推薦日')),
  deleted: deletedFlag,
});

/** One visit of a dispatched expert. */
export const dispatchVisit = z.strictObject({
  date: isoDate('訪問日'),
  hours: z.nullable(
    z
      .number('訪問の時間は数値で入力してください')
      .check(
        z.gt(0, '訪問の時間は0より大きい数で入力してください'),
        z.lte(LIMITS.visitHours, `訪問の時間は${LIMITS.visitHours}時間以内で入力してください`),
        z.multipleOf(0.25, '訪問の時間は0.25時間（15分）単位で入力してください'),
      ),
  ),
  note: text(LIMITS.actionText, '訪問のメモ'),
});

/**
 * 専門家派遣: the scheme the expert came through and who paid the expert (not who funds the
 * advisor's work: that is a consultation's 事業区分), the expert, the theme, the visits, the
 * 謝金 and the expert's report. A dispatch may name the consultation it came from: text of a
 * 機微 consultation is then guarded as an action's is (docs/api.md "機微 text").
 */
export const expertDispatchFields = z.strictObject({
  businessId: uuid('事業者ID'),
  scheme: choice(DISPATCH_SCHEMES, '派遣の事業'),
  /** The scheme's name when it is その他. */
  schemeName: text(LIMITS.shortText, '派遣の事業名'),
  paidBy: z.nullable(choice(EXPERT_PAYERS, '専門家の費用負担')),
  expertName: requiredText(LIMITS.shortText, '専門家名'),
  theme: text(LIMITS.title, 'テーマ'),
  visits: boundedArray(dispatchVisit, LIMITS.visitsPerDispatch, {
    type: '訪問は配列で指定してください',
    max: `訪問は1件の派遣につき${LIMITS.visitsPerDispatch}回までです`,
  }),
  fee: yen('謝金'),
  report: text(LIMITS.karteText, '専門家の報告'),
  consultationId: z.nullable(uuid('相談記録ID')),
  deleted: deletedFlag,
});

/**
 * 決算の数値 of one business for one 決算期: 売上高, 売上総利益（粗利）, 営業利益 (negative for a loss)
 * and 従業員数. One per business and 決算期 (the server refuses a second).
 */
export const yearlyFiguresFields = z.strictObject({
  businessId: uuid('事業者ID'),
  fiscalPeriod,
  sales: figure('売上高', 0),
  grossProfit: figure('売上総利益', -LIMITS.yenFigure),
  operatingProfit: figure('営業利益', -LIMITS.yenFigure),
  employees: z.nullable(wholeNumber('従業員数', 0, 1_000_000)),
  deleted: deletedFlag,
});

/** 需要開拓: an 出展 or 商談会 the business took part in, and what came of it. */
export const demandEventFields = z.strictObject({
  businessId: uuid('事業者ID'),
  eventKind: choice(DEMAND_EVENT_KINDS, '需要開拓の種類'),
  name: requiredText(LIMITS.title, '展示会・商談会の名称'),
  heldOn: isoDate('開催日'),
  meetings: z.nullable(wholeNumber('商談件数', 0, LIMITS.dealCount)),
  deals: z.nullable(wholeNumber('成約件数', 0, LIMITS.dealCount)),
  dealAmount: yen('成約額'),
  deleted: deletedFlag,
});

/**
 * 特定創業支援等事業: a founder (a person) supported towards the 市区町村's 証明書, with its number
 * and date. The founder's sessions are the consultations of `businessId`, the karte the founder
 * is recorded on (a business whose 法人・個人の区分 is 創業予定 until the founder starts up:
 * `foundedOn`). A founder known before any karte has none (null).
 */
export const founderFields = z.strictObject({
  businessId: z.nullable(uuid('事業者ID')),
  name: requiredText(LIMITS.name, '創業者の氏名'),
  nameKana: text(LIMITS.kana, '創業者のフリガナ'),
  plannedBusiness: text(LIMITS.title, '創業予定の事業'),
  /** 創業予定時期 as the founder says it: 「2026年秋」「半年以内」. */
  plannedStart: text(LIMITS.shortText, '創業予定時期'),
  registrationPlannedOn: z.nullable(isoDate('設立登記予定日')),
  /** The 市区町村 that issues the 証明書. */
  municipality: text(LIMITS.shortText, '証明書を発行する市区町村'),
  certificateNumber: text(LIMITS.shortText, '証明書番号'),
  certificateIssuedOn: z.nullable(isoDate('証明書の発行日')),
  /** 創業日 (開業日 or 設立登記の日): set when the founder starts up and the karte becomes the business's. */
  foundedOn: z.nullable(isoDate('創業日')),
  deleted: deletedFlag,
});

/** A problem with a whole support record (recordSchema adds it as an issue at `path`). */
export interface RecordIssue {
  path: string[];
  message: string;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/**
 * Whole-record rules of the support records, on top of each field's schema: what a field means
 * only beside another (その他's name, the マル経 推薦, what follows 採択) and the arithmetic of the
 * figures. A deleted record is not checked: a tombstone can always be written.
 */
export function supportRecordIssues(kind: string, r: Record<string, unknown>): RecordIssue[] {
  if (r.deleted === true) return [];
  const issues: RecordIssue[] = [];
  const add = (field: string, message: string) => issues.push({ path: [field], message });
  if (kind === 'application') {
    if (r.measure === 'other' && blank(r.measureName)) add('measureName', '施策が「その他」のときは施策名を入力してください');
    if (r.measure !== 'marukei' && (r.recommended === true || r.recommendedOn !== null)) {
      add('recommended', '推薦と推薦日は、マル経融資の申請だけに記録できます');
    }
    if (r.result !== 'adopted') {
      for (const [field, label] of [
        ['adoptedAmount', '採択額'],
        ['grantDecidedOn', '交付決定日'],
        ['reportedOn', '実績報告日'],
      ] as const) {
        if (r[field] !== null) add(field, `${label}は、結果が「採択」のときだけ記録できます`);
      }
    }
  }
  if (kind === 'expertDispatch' && r.scheme === 'other' && blank(r.schemeName)) {
    add('schemeName', '派遣の事業が「その他」のときは事業名を入力してください');
  }
  if (kind === 'yearlyFigures') {
    const [sales, gross, operating] = [num(r.sales), num(r.grossProfit), num(r.operatingProfit)];
    if (sales === null && gross === null && operating === null && r.employees === null) {
      add('sales', '売上高・売上総利益・営業利益・従業員数のいずれかを入力してください');
    }
    if (sales !== null && gross !== null && gross > sales) add('grossProfit', '売上総利益が売上高を上回っています。金額を確かめてください');
    if (gross !== null && operating !== null && operating > gross)
      add('operatingProfit', '営業利益が売上総利益を上回っています。金額を確かめてください');
  }
  if (kind === 'demandEvent') {
    const [meetings, deals] = [num(r.meetings), num(r.deals)];
    if (meetings !== null && deals !== null && deals > meetings) add('deals', '成約件数が商談件数を上回っています。件数を確かめてください');
  }
  return issues;
}
