import type { KarteStatus } from '../../shared/enums';
import type { SearchFacets, SearchKind } from './documents';
import { normalizeText } from './normalize';

/** What the store's own lookups need of a document's facets. */
export type DocLinks = Pick<SearchFacets, 'businessId' | 'status' | 'corporateNumber' | 'externalIds'>;

/** Key of an exact lookup: 法人番号, or an external ID of a system. */
export const corporateKey = (n: string) => `cn\u0000${normalizeText(n)}`;
export const externalKey = (system: string, value: string) => `ex\u0000${normalizeText(system)}\u0000${normalizeText(value)}`;

function lookupKeys(f: DocLinks): string[] {
  const keys = f.externalIds.map((e) => externalKey(e.system, e.value));
  if (f.corporateNumber) keys.push(corporateKey(f.corporateNumber));
  return keys;
}

/**
 * How documents relate, kept for filters and lookups: each business's karte status and its
 * consultations (by document number), and businesses by 法人番号 and external ID.
 */
export class DocRelations {
  private readonly statusOfBusiness = new Map<string, KarteStatus>();
  private readonly consultationsOf = new Map<string, Set<number>>();
  private readonly lookups = new Map<string, Set<string>>();

  statusOf(businessId: string): KarteStatus | undefined {
    return this.statusOfBusiness.get(businessId);
  }

  consultationsOfBusiness(businessId: string): ReadonlySet<number> {
    return this.consultationsOf.get(businessId) ?? new Set();
  }

  lookup(key: string): string[] {
    return [...(this.lookups.get(key) ?? [])];
  }

  /**
   * Records a document; `parts` says which relations (a loaded store builds the lookups,
   * which normalise every 法人番号 and external ID, only when one is looked up).
   */
  attach(n: number, kind: SearchKind, id: string, links: DocLinks, parts = { links: true, keys: true }): void {
    if (kind === 'business') {
      if (parts.links && links.status) this.statusOfBusiness.set(id, links.status);
      if (parts.keys)
        for (const key of lookupKeys(links)) {
          let ids = this.lookups.get(key);
          if (!ids) this.lookups.set(key, (ids = new Set()));
          ids.add(id);
        }
    } else if (parts.links && kind === 'consultation' && links.businessId) {
      let set = this.consultationsOf.get(links.businessId);
      if (!set) this.consultationsOf.set(links.businessId, (set = new Set()));
      set.add(n);
    }
  }

  detach(n: number, kind: SearchKind, id: string, links: DocLinks): void {
    if (kind === 'business') {
      this.statusOfBusiness.delete(id);
      for (const key of lookupKeys(links)) this.lookups.get(key)?.delete(id);
    } else if (kind === 'consultation' && links.businessId) {
      this.consultationsOf.get(links.businessId)?.delete(n);
    }
  }
}
