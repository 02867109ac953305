import type { Application, ExpertDispatch } from '../../../shared/records';
import type { Translate } from '../../locales/languages';

const GROUPED = new Intl.NumberFormat('ja-JP');

/** Yen as the karte shows it: 1,500,000円, a loss as ▲1,200,000円 (as Japanese statements write it). */
export function yenText(t: Translate, amount: number): string {
  const grouped = GROUPED.format(Math.abs(amount));
  return amount < 0 ? t('support.yenNegative', { amount: grouped }) : t('support.yen', { amount: grouped });
}

/** 2026-03 as 2026年3月期. */
export function periodText(t: Translate, period: string): string {
  return t('figures.periodValue', { year: period.slice(0, 4), month: String(Number(period.slice(5, 7))) });
}

/** An application by its 施策 (or the name of その他) and 公募回. */
export function applicationName(t: Translate, a: Pick<Application, 'measure' | 'measureName' | 'round'>): string {
  const measure = a.measure === 'other' && a.measureName ? a.measureName : t(`measure.${a.measure}`);
  return a.round ? t('application.named', { measure, round: a.round }) : measure;
}

/** 結果 as said of a 補助金, or of a loan (マル経: 審査中・融資決定・否決); a pending one not yet applied is 申請準備中. */
export function resultText(t: Translate, a: Pick<Application, 'measure' | 'result' | 'appliedOn'>): string {
  if (a.result === 'pending' && a.appliedOn === null) return t('result.preparing');
  return a.measure === 'marukei' ? t(`resultLoan.${a.result}`) : t(`result.${a.result}`);
}

/** A dispatch by its expert and theme. */
export function dispatchName(t: Translate, d: Pick<ExpertDispatch, 'expertName' | 'theme'>): string {
  return d.theme ? t('dispatch.named', { expert: d.expertName, theme: d.theme }) : d.expertName;
}
