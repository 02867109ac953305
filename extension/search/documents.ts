import type { Business, Channel, Consultation, KarteStatus, NextAction, Programme, Tag } from '../../shared';

export const SEARCH_KINDS = ['business', 'consultation', 'tag', 'action'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/**
 * Searchable fields of each kind with their ranking weight, heaviest first: a business's
 * name outranks its 本質的課題, which outranks what was said in a consultation.
 */
export const FIELD_WEIGHTS = {
  business: {
    name: 10,
    nameKana: 8,
    corporateNumber: 8,
    externalIds: 8,
    essentialIssue: 6,
    vision: 3,
    strengths: 2,
    weaknesses: 2,
    municipality: 2,
  },
  consultation: { essentialIssue: 6, tagNames: 4, inquiry: 3, ownerWords: 3, insight: 3, advice: 2, sourceTitle: 1 },
  tag: { name: 5, groupName: 1 },
  /** A next action (次の行動) agreed with the owner, weighed like what was said in a consultation. */
  action: { actionText: 3 },
} as const satisfies Record<SearchKind, Record<string, number>>;

/**
 * How many of the first fields of each kind are its titles: what names it. One-character
 * queries look only there (unigrams are indexed only there: a single kanji in the body of a
 * note matches nearly every note and would only cost time and memory). An action has no title:
 * like the body of a note, it is found by two characters or more.
 */
export const TITLE_FIELD_COUNT: Record<SearchKind, number> = { business: 4, consultation: 2, tag: 2, action: 0 };

export type SearchField = { [K in SearchKind]: keyof (typeof FIELD_WEIGHTS)[K] }[SearchKind];

/** Field names of each kind in weight order (the order texts are stored in). */
export const FIELDS_OF: Record<SearchKind, readonly SearchField[]> = {
  business: Object.keys(FIELD_WEIGHTS.business) as SearchField[],
  consultation: Object.keys(FIELD_WEIGHTS.consultation) as SearchField[],
  tag: Object.keys(FIELD_WEIGHTS.tag) as SearchField[],
  action: Object.keys(FIELD_WEIGHTS.action) as SearchField[],
};

export const WEIGHTS_OF: Record<SearchKind, readonly number[]> = {
  business: Object.values(FIELD_WEIGHTS.business),
  consultation: Object.values(FIELD_WEIGHTS.consultation),
  tag: Object.values(FIELD_WEIGHTS.tag),
  action: Object.values(FIELD_WEIGHTS.action),
};

/** What filters and ranking read besides the text. Absent attributes are null / empty. */
export interface SearchFacets {
  /** The business a consultation or an action belongs to; a business's own id. */
  businessId: string | null;
  /** The consultation an action was agreed in (null: written on the karte, and for other kinds). */
  consultationId: string | null;
  /** When the consultation was held (epoch ms): recency tie-break and date filter. */
  at: number | null;
  /** Karte status (businesses; a consultation is filtered by its business's status). */
  status: KarteStatus | null;
  tagIds: readonly string[];
  channel: Channel | null;
  programme: Programme | null;
  advisorIds: readonly string[];
  /** 機微: hidden from search unless the caller is allowed to read it. */
  sensitive: boolean;
  authorId: string | null;
  corporateNumber: string | null;
  externalIds: readonly { system: string; value: string }[];
}

export interface SearchDoc extends SearchFacets {
  id: string;
  kind: SearchKind;
  text: Partial<Record<SearchField, string>>;
}

/** A document's facets when it has none (a tag, a document built in a test). */
export const NO_FACETS: SearchFacets = {
  businessId: null,
  consultationId: null,
  at: null,
  status: null,
  tagIds: [],
  channel: null,
  programme: null,
  advisorIds: [],
  sensitive: false,
  authorId: null,
  corporateNumber: null,
  externalIds: [],
};

type Identified<T> = T & { id: string };

/** The search document of a business; null for a deleted one (remove it from the index). */
export function businessSearchDoc(b: Identified<Business>): SearchDoc | null {
  if (b.deleted) return null;
  return {
    ...NO_FACETS,
    id: b.id,
    kind: 'business',
    businessId: b.id,
    status: b.status,
    corporateNumber: b.corporateNumber,
    externalIds: b.externalIds,
    text: {
      name: b.name,
      nameKana: b.nameKana,
      corporateNumber: b.corporateNumber ?? '',
      externalIds: b.externalIds.map((e) => e.value).join(' '),
      essentialIssue: b.essentialIssue,
      vision: b.vision,
      strengths: b.strengths,
      weaknesses: b.weaknesses,
      municipality: b.municipality,
    },
  };
}

/**
 * The search document of a consultation. Tag names are resolved by the caller (a renamed
 * tag means upserting its consultations again).
 */
export function consultationSearchDoc(
  c: Identified<Consultation> & { authorId?: string | null },
  tagNames: readonly string[],
): SearchDoc | null {
  if (c.deleted) return null;
  return {
    ...NO_FACETS,
    id: c.id,
    kind: 'consultation',
    businessId: c.businessId,
    at: Date.parse(c.heldAt),
    tagIds: c.tagIds,
    channel: c.channel,
    programme: c.programme,
    advisorIds: c.advisorIds,
    sensitive: c.sensitive,
    authorId: c.authorId ?? null,
    text: {
      essentialIssue: c.essentialIssue,
      tagNames: tagNames.join(' '),
      inquiry: c.inquiry,
      ownerWords: c.ownerWords,
      insight: c.insight,
      advice: c.advice,
      sourceTitle: c.sourceTitle,
    },
  };
}

export function tagSearchDoc(t: Identified<Tag>, groupName: string): SearchDoc | null {
  if (t.deleted) return null;
  return { ...NO_FACETS, id: t.id, kind: 'tag', text: { name: t.name, groupName } };
}

/**
 * The search document of a next action; null for a deleted one, and for one whose text this
 * advisor may not read (機微: it comes `redacted` with the text emptied), which is not indexed at all.
 */
export function actionSearchDoc(a: Identified<NextAction> & { redacted?: boolean }): SearchDoc | null {
  if (a.deleted || a.redacted || a.text === '') return null;
  return {
    ...NO_FACETS,
    id: a.id,
    kind: 'action',
    businessId: a.businessId,
    consultationId: a.consultationId,
    text: { actionText: a.text },
  };
}
