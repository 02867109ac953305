import { FIELDS_OF, type SearchField, type SearchKind } from './documents';
import { originalFields, type StoredDoc } from './doc-store';
import { makeSnippet, type Range } from './highlight';

export interface SearchHit {
  id: string;
  kind: SearchKind;
  score: number;
  /** The field the snippet comes from (where the query matched best). */
  field: SearchField;
  /** Original text around the first match; `highlights` index into this string. */
  snippet: string;
  highlights: Range[];
  businessId: string | null;
  /** The consultation an action was agreed in (where a hit on it opens the karte); null otherwise. */
  consultationId: string | null;
  /** When the consultation was held (epoch ms); null for the other kinds. */
  at: number | null;
}

/** The field shown for a hit of an empty query (filters only). */
const SUMMARY_FIELD: Record<SearchKind, readonly SearchField[]> = {
  business: ['name'],
  consultation: ['inquiry', 'ownerWords', 'advice', 'insight', 'essentialIssue'],
  tag: ['name'],
  action: ['actionText'],
};

/**
 * What a result shows of document `doc`: the field it matched best (`field`, its index; below 0
 * for a query without terms, which shows the kind's summary field), with a snippet of the
 * original text around the first match of `terms`.
 */
export function searchHit(doc: StoredDoc, score: number, field: number, terms: readonly string[]): SearchHit {
  const texts = originalFields(doc);
  const names = FIELDS_OF[doc.kind];
  if (field < 0) {
    const summary = SUMMARY_FIELD[doc.kind].map((f) => names.indexOf(f)).find((i) => texts[i] !== '');
    field = summary ?? 0;
  }
  const { snippet, highlights } = makeSnippet(texts[field] ?? '', terms);
  return {
    id: doc.id,
    kind: doc.kind,
    score,
    field: names[field] ?? names[0]!,
    snippet,
    highlights,
    businessId: doc.facets.businessId,
    consultationId: doc.facets.consultationId,
    at: doc.facets.at,
  };
}
