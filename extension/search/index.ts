/**
 * Offline search over businesses, consultations, next actions and tags: a character n-gram index of
 * NFKC-normalised text, verified phrase matches, ranked hits with highlights on the
 * original text. Pure: the db module feeds it records and persists serialize().
 */
import { SearchIndex } from './search-index';
import { deserializeParts, type SerializedSearchIndex } from './serialize';

export { SearchIndex, DEFAULT_LIMIT } from './search-index';
export type { SearchHit } from './search-hit';
export type { SearchFilters } from './filters';
export {
  actionSearchDoc,
  businessSearchDoc,
  consultationSearchDoc,
  tagSearchDoc,
  FIELD_WEIGHTS,
  SEARCH_KINDS,
  type SearchDoc,
  type SearchFacets,
  type SearchField,
  type SearchKind,
} from './documents';
export { highlightText, type Range } from './highlight';
export { SearchIndexFormatError } from './format-error';
export { SEARCH_INDEX_VERSION, type SerializedSearchIndex } from './serialize';

export function createSearchIndex(): SearchIndex {
  return new SearchIndex();
}

/** Rebuilds the index from serialize() output; throws SearchIndexFormatError when unreadable. */
export function loadSearchIndex(data: SerializedSearchIndex): SearchIndex {
  const { store, inverted } = deserializeParts(data);
  return new SearchIndex(store, inverted);
}
