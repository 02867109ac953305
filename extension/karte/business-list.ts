import { KARTE_STATUSES, type KarteStatus } from '../../shared/enums';
import { normalizeForSearch } from '../../shared/text';
import type { LocalBusiness } from '../db/schema';
import { inChargeOf } from './owner';

/** One business in the 事業者一覧, with what the list shows of its karte. */
export interface BusinessListRow {
  business: LocalBusiness;
  /** heldAt of its latest live consultation; null: none yet. */
  lastHeldAt: string | null;
  consultations: number;
  openActions: number;
  overdueActions: number;
}

export type BusinessSortKey = 'name' | 'status' | 'last' | 'owner';

export interface BusinessListView {
  text: string;
  status: KarteStatus | '';
  /** Only the businesses the signed-in advisor is in charge of. */
  mine: boolean;
  sort: BusinessSortKey;
  descending: boolean;
}

export const DEFAULT_LIST_VIEW: BusinessListView = { text: '', status: '', mine: false, sort: 'last', descending: true };

/**
 * Who is in charge: the 担当指導員, or (none set) the one who registered it; a business registered
 * here and not yet synced is the signed-in advisor's.
 */
export const ownerOf = (b: LocalBusiness, me: string | null): string | null => inChargeOf(b) ?? me;

const searchable = (b: LocalBusiness) =>
  normalizeForSearch([b.name, b.nameKana, b.corporateNumber ?? '', ...b.externalIds.map((e) => e.value)].join(' '));

const byText = (a: string, b: string) => a.localeCompare(b, 'ja');

/**
 * The rows to show, filtered and sorted. `ownerLabel` names the advisor in charge (the list
 * sorts by the name people see); ties fall back to the name, so the order never jumps.
 */
export function visibleRows(
  rows: readonly BusinessListRow[],
  view: BusinessListView,
  me: string | null,
  ownerLabel: (business: LocalBusiness) => string,
): BusinessListRow[] {
  const words = normalizeForSearch(view.text).split(' ').filter(Boolean);
  const shown = rows.filter((r) => {
    if (view.status && r.business.status !== view.status) return false;
    if (view.mine && (me === null || ownerOf(r.business, me) !== me)) return false;
    if (words.length === 0) return true;
    const text = searchable(r.business);
    return words.every((w) => text.includes(w));
  });
  const name = (r: BusinessListRow) => r.business.nameKana || r.business.name;
  const compare: Record<BusinessSortKey, (a: BusinessListRow, b: BusinessListRow) => number> = {
    name: (a, b) => byText(name(a), name(b)),
    status: (a, b) => KARTE_STATUSES.indexOf(a.business.status) - KARTE_STATUSES.indexOf(b.business.status),
    // A business never consulted sorts as the oldest.
    last: (a, b) => byText(a.lastHeldAt ?? '', b.lastHeldAt ?? ''),
    owner: (a, b) => byText(ownerLabel(a.business), ownerLabel(b.business)),
  };
  const sign = view.descending ? -1 : 1;
  return shown.sort((a, b) => sign * compare[view.sort](a, b) || byText(name(a), name(b)));
}
