import type { KartePageView } from '../db/karte-page-queries';
import type { LocalConflict } from '../db/schema';
import type { MessageKey, Translate } from '../locales/languages';
import { dayOf } from '../dates/local-time';

/** The label of each free-text field a conflict copy can be about (shared/record-rules.ts FREE_TEXT_FIELDS). */
const FIELD_LABELS: Record<string, MessageKey> = {
  'business.vision': 'kartePage.vision',
  'business.essentialIssue': 'field.essentialIssue',
  'business.strengths': 'kartePage.strengths',
  'business.weaknesses': 'kartePage.weaknesses',
  'business.disasterDamage': 'disaster.damage',
  'business.disasterRecoveryNote': 'disaster.recoveryNote',
  'consultation.inquiry': 'field.inquiry',
  'consultation.ownerWords': 'field.ownerWords',
  'consultation.advice': 'field.advice',
  'consultation.insight': 'field.insight',
  'consultation.essentialIssue': 'field.essentialIssue',
  'action.text': 'actions.text',
};

export interface ConflictTarget {
  /** "カルテの「本質的課題」", "2026/04/01 の相談の「相談内容」", … */
  where: string;
  /** The record's text now; null when the record is not on this karte any more. */
  current: string | null;
}

/** What a conflict copy competes with: the record and field it is about, and that field's text now. */
export function conflictTarget(
  conflict: LocalConflict,
  view: KartePageView,
  t: Translate,
  date: (isoDate: string) => string,
): ConflictTarget {
  const label = FIELD_LABELS[`${conflict.recordKind}.${conflict.field}`];
  const field = label ? t(label) : conflict.field;
  const read = (record: object | undefined | null) => {
    const value = record ? (record as Record<string, unknown>)[conflict.field] : undefined;
    return typeof value === 'string' ? value : null;
  };
  if (conflict.recordKind === 'business') {
    return { where: t('conflict.where', { record: t('conflict.business'), field }), current: read(view.business) };
  }
  if (conflict.recordKind === 'consultation') {
    const c = view.consultations.find((x) => x.id === conflict.recordId);
    const record = c ? t('conflict.consultation', { date: date(dayOf(c.heldAt)) }) : t('conflict.consultation', { date: '—' });
    return { where: t('conflict.where', { record, field }), current: read(c) };
  }
  const a = view.actions.find((x) => x.id === conflict.recordId);
  return { where: t('conflict.where', { record: t('conflict.action'), field }), current: read(a) };
}
