import type { RecordKind } from './records';

/**
 * Codes that changed meaning in protocol 3 (issue 12), for clients of older protocols: what they
 * send is turned into today's codes, and what they receive into codes they know. Pure; the
 * server applies `upgradeFields` to every push and `downgradeValues` to every pull.
 *
 * - 事業区分 (`programme`): the expert codes become `expertPaidBy` (who paid the expert), よろず
 *   (an organisation kind, not a 事業区分) becomes nothing; an old client sees a 3-era record's
 *   expert payer as its expert code again, and the new 受託事業・経営発達支援事業 as none.
 * - 相談方法 (`channel`): セミナー・個別相談会 becomes 個別相談会; an old client sees the two new
 *   codes as the old mixed one.
 * - 支援終了の理由 (`closeReason`): the three reasons added are shown to an old client as none.
 */

const EXPERT_PAYER_OF: Readonly<Record<string, string>> = {
  expert_national: 'national',
  expert_prefecture: 'prefecture',
  expert_city: 'municipality',
};
const EXPERT_CODE_OF = Object.fromEntries(Object.entries(EXPERT_PAYER_OF).map(([code, payer]) => [payer, code]));
const OLD_PROGRAMMES = new Set(['kaizen_fukyu', 'general', 'yorozu', 'expert_national', 'expert_prefecture', 'expert_city']);
const OLD_CLOSE_REASONS = new Set(['self_running', 'closed_business', 'transferred']);

/**
 * Record kinds added after protocol 1, with the protocol that added them. A client of an older
 * protocol never receives records of them (its strict schemas would refuse the whole page), and
 * may not push them.
 */
export const KINDS_SINCE: { readonly [K in RecordKind]?: number } = {
  // Protocol 4 (issue 13): the support records the reports are built from.
  application: 4,
  expertDispatch: 4,
  yearlyFigures: 4,
  demandEvent: 4,
  founder: 4,
};

/** Whether a client of `protocol` knows records of `kind`. */
export const kindKnownTo = (kind: RecordKind, protocol: number): boolean => (KINDS_SINCE[kind] ?? 1) <= protocol;

/** The first protocol with the corrected codes. */
export const CORRECTED_CODES = 3;

/** A mutation's fields from a client of `protocol`, in today's codes. */
export function upgradeFields(kind: RecordKind, fields: Record<string, unknown>, protocol: number): Record<string, unknown> {
  if (protocol >= CORRECTED_CODES || kind !== 'consultation') return fields;
  const out = { ...fields };
  if (typeof out.programme === 'string' && (out.programme in EXPERT_PAYER_OF || out.programme === 'yorozu')) {
    out.expertPaidBy = EXPERT_PAYER_OF[out.programme] ?? null;
    out.programme = null;
  }
  if (out.channel === 'seminar') out.channel = 'consultation_event';
  return out;
}

/** A record's values as a client of `protocol` knows them (fields it does not know are left out elsewhere). */
export function downgradeValues(kind: RecordKind, data: Record<string, unknown>, protocol: number): Record<string, unknown> {
  if (protocol >= CORRECTED_CODES) return data;
  if (kind === 'consultation') {
    const out = { ...data };
    const programme = typeof out.programme === 'string' && OLD_PROGRAMMES.has(out.programme) ? out.programme : null;
    out.programme = programme ?? (typeof data.expertPaidBy === 'string' ? (EXPERT_CODE_OF[data.expertPaidBy] ?? null) : null);
    if (out.channel === 'seminar_group' || out.channel === 'consultation_event') out.channel = 'seminar';
    return out;
  }
  if (kind === 'business' && typeof data.closeReason === 'string' && !OLD_CLOSE_REASONS.has(data.closeReason)) {
    return { ...data, closeReason: null };
  }
  return data;
}
