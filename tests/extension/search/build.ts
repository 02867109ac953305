import {
  actionSearchDoc,
  businessSearchDoc,
  consultationSearchDoc,
  createSearchIndex,
  tagSearchDoc,
  type SearchDoc,
  type SearchIndex,
} from '../../../extension/search';
import type { Business, Consultation, NextAction, Tag } from '../../../shared';
import type { WithId } from '../../fixtures/records';

type Rec =
  | { business: WithId<Business> }
  | { consultation: WithId<Consultation> & { authorId?: string | null }; tagNames?: string[] }
  | { tag: WithId<Tag>; group: string }
  | { action: WithId<NextAction> };

/** The search document of a test record (deleted and redacted records have none). */
export function docOf(r: Rec): SearchDoc {
  const doc =
    'business' in r
      ? businessSearchDoc(r.business)
      : 'consultation' in r
        ? consultationSearchDoc(r.consultation, r.tagNames ?? [])
        : 'action' in r
          ? actionSearchDoc(r.action)
          : tagSearchDoc(r.tag, r.group);
  if (!doc) throw new Error('a deleted record has no search document');
  return doc;
}

/** An index holding `records`. */
export function indexOf(...records: Rec[]): SearchIndex {
  const index = createSearchIndex();
  for (const r of records) index.upsert(docOf(r));
  return index;
}

/** The ids of the hits of a query, best first. */
export function ids(index: SearchIndex, query: string, filters = {}, limit?: number): string[] {
  return index.search(query, filters, limit).map((h) => h.id);
}
