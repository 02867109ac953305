import type { Channel, KarteStatus, Programme } from '../../shared';
import { addDays, DEFAULT_TIME_ZONE, startOfLocalDay } from '../dates/local-date';
import type { SearchKind } from './documents';
import type { StoredDoc } from './doc-store';

/**
 * What the advisor narrowed the search to. A filter keeps only documents that have the
 * attribute: a date range or a channel keeps consultations (businesses and tags have
 * neither); a karte status keeps businesses in that status and their consultations.
 */
export interface SearchFilters {
  kinds?: readonly SearchKind[];
  /** Only this business and its consultations (the search box of a karte page). */
  businessId?: string;
  /** Local dates 'YYYY-MM-DD', both inclusive, in `timeZone` (default Asia/Tokyo). */
  from?: string;
  to?: string;
  timeZone?: string;
  /** Every one of these tags. */
  tagIds?: readonly string[];
  channels?: readonly Channel[];
  programmes?: readonly Programme[];
  statuses?: readonly KarteStatus[];
  /** Consultations this advisor took part in. */
  advisorId?: string;
  /**
   * 機微 consultations are left out unless the caller may read them all (managers) or
   * wrote them (`viewerId` is their author). One with no author yet was written on this
   * device and not synced: it is the viewer's own.
   */
  includeSensitive?: boolean;
  viewerId?: string | null;
}

export type DocPredicate = (doc: StoredDoc) => boolean;

const nonEmpty = <T>(list: readonly T[] | undefined): list is readonly T[] => list !== undefined && list.length > 0;

/** The instants (epoch ms) from which and until which a dated filter keeps consultations; null for no dates. */
export function dateRange(filters: SearchFilters): { from: number; until: number } | null {
  if (filters.from === undefined && filters.to === undefined) return null;
  const tz = filters.timeZone ?? DEFAULT_TIME_ZONE;
  return {
    from: filters.from ? startOfLocalDay(filters.from, tz) : -Infinity,
    until: filters.to ? startOfLocalDay(addDays(filters.to, 1), tz) : Infinity,
  };
}

/** One predicate for all the filters, built once per query. */
export function compileFilters(filters: SearchFilters, statusOf: (businessId: string) => KarteStatus | undefined): DocPredicate {
  const range = dateRange(filters);
  const kinds = nonEmpty(filters.kinds) ? new Set(filters.kinds) : null;
  const channels = nonEmpty(filters.channels) ? new Set<string>(filters.channels) : null;
  const programmes = nonEmpty(filters.programmes) ? new Set<string>(filters.programmes) : null;
  const statuses = nonEmpty(filters.statuses) ? new Set<string>(filters.statuses) : null;
  const tagIds = nonEmpty(filters.tagIds) ? filters.tagIds : null;
  const { businessId, advisorId, includeSensitive, viewerId } = filters;

  return (doc) => {
    const f = doc.facets;
    if (kinds && !kinds.has(doc.kind)) return false;
    if (f.sensitive && !includeSensitive && (viewerId == null || (f.authorId !== null && f.authorId !== viewerId))) return false;
    if (businessId !== undefined && f.businessId !== businessId) return false;
    if (range && (f.at === null || f.at < range.from || f.at >= range.until)) return false;
    if (channels && (f.channel === null || !channels.has(f.channel))) return false;
    if (programmes && (f.programme === null || !programmes.has(f.programme))) return false;
    if (advisorId !== undefined && !f.advisorIds.includes(advisorId)) return false;
    if (tagIds && !tagIds.every((t) => f.tagIds.includes(t))) return false;
    if (statuses) {
      const status = doc.kind === 'business' ? f.status : f.businessId !== null ? statusOf(f.businessId) : undefined;
      if (status == null || !statuses.has(status)) return false;
    }
    return true;
  };
}
