import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  SEARCH_INDEX_VERSION,
  SearchIndexFormatError,
  type SearchDoc,
  type SearchFilters,
  type SearchIndex,
} from '../../../extension/search';
import { NO_FACETS } from '../../../extension/search/documents';
import { packIndexBytes, unpackIndex } from '../../../extension/search/snapshot-pack';
import { normalizeForSearch } from '../../../shared/text';

/** A small seeded generator (mulberry32): the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Few words, often repeated: most notes share most bigrams, as real notes share 相談 and 補助金.
const WORDS = ['相談', '補助金', '資金繰り', '事業承継', '価格転嫁', '課題', '金融機関', '補助', '資金', 'ｲﾝﾎﾞｲｽ', 'いんぼいす', '金'];
const TAGS = ['measure-a', 'measure-b', 'topic-c', 'topic-d', 'topic-e'];
const FILLER = ['について', 'の件で', '。', '社長から', '、', 'を検討', 'が不安'];

function corpus(seed: number, count: number): SearchDoc[] {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  // A field is empty, one word alone (the exact bonus), or a sentence starting with a word or not.
  const field = (): string => {
    const r = next();
    if (r < 0.3) return '';
    if (r < 0.4) return pick(WORDS);
    const parts = Array.from({ length: 1 + Math.floor(next() * 6) }, () => (next() < 0.5 ? pick(WORDS) : pick(FILLER)));
    return parts.join('');
  };
  const base = NO_FACETS satisfies Omit<SearchDoc, 'id' | 'kind' | 'text'>;
  const businesses = Array.from({ length: 8 }, (_, i) => `b${i}`);
  return Array.from({ length: count }, (_, i): SearchDoc => {
    const r = next();
    // Dates in no particular order of insertion, with ties: the recency tie-break must still hold.
    const at = Date.UTC(2024, 0, 1) + Math.floor(next() * 40) * 86_400_000;
    if (r < 0.1)
      return {
        ...base,
        id: `b${i}`,
        kind: 'business',
        businessId: `b${i}`,
        status: 'banso',
        text: { name: field(), nameKana: field(), essentialIssue: field(), vision: field(), strengths: field() },
      };
    if (r < 0.15) return { ...base, id: `t${i}`, kind: 'tag', text: { name: field(), groupName: field() } };
    if (r < 0.3) return { ...base, id: `a${i}`, kind: 'action', businessId: pick(businesses), text: { actionText: field() || '資金' } };
    return {
      ...base,
      id: `c${i}`,
      kind: 'consultation',
      businessId: pick(businesses),
      at,
      sensitive: next() < 0.1,
      tagIds: TAGS.filter(() => next() < 0.3),
      channel: next() < 0.5 ? 'visit' : 'counter',
      text: {
        essentialIssue: field(),
        tagNames: field(),
        inquiry: field(),
        ownerWords: field(),
        insight: field(),
        advice: field(),
        sourceTitle: field(),
      },
    };
  });
}

function indexOfDocs(docs: readonly SearchDoc[]): SearchIndex {
  const index = createSearchIndex();
  for (const d of docs) index.upsert(d);
  return index;
}

const QUERIES = [
  '相談',
  '補助金',
  '資金',
  '資金繰り',
  '課題',
  '金',
  'インボイス',
  '補助 資金',
  '相談 課題 金融機関',
  '価格転嫁',
  '存在しない',
];
const FILTERS: SearchFilters[] = [
  {},
  { includeSensitive: true },
  { kinds: ['consultation'], from: '2024-01-10', to: '2024-01-20' },
  { businessId: 'b3' },
  { channels: ['visit'] },
  { tagIds: ['measure-a'] },
  { tagIds: ['topic-c', 'topic-e'] },
];

/** Every query of QUERIES under every filter of FILTERS, with each limit. */
function cases(limits: readonly number[]): [string, SearchFilters, number][] {
  return QUERIES.flatMap((q) => FILTERS.flatMap((f) => limits.map((l): [string, SearchFilters, number] => [q, f, l])));
}

const hits = (index: SearchIndex, q: string, f: SearchFilters, limit: number) =>
  index.search(q, f, limit).map((h) => ({ id: h.id, score: h.score, field: h.field, snippet: h.snippet, highlights: h.highlights }));

describe('ranking stops early', () => {
  const docs = corpus(15, 1500);
  const index = indexOfDocs(docs);

  it('returns for the first N exactly what the full ranking puts first', () => {
    let compared = 0;
    for (const [q, f, limit] of cases([1, 5, 20])) {
      const full = hits(index, q, f, docs.length);
      expect(hits(index, q, f, limit), `${q} ${JSON.stringify(f)} top ${limit}`).toEqual(full.slice(0, limit));
      if (full.length > limit) compared++;
    }
    // The corpus is common enough that most queries have more matches than the results hold.
    expect(compared).toBeGreaterThan(50);
  });

  it('finds in a karte what the whole search finds of that business, in the same order', () => {
    for (const q of QUERIES.filter((q) => q !== ''))
      for (const limit of [5, 20]) {
        const all = hits(index, q, {}, docs.length).filter((h) => docs.find((d) => d.id === h.id)!.businessId === 'b3');
        expect(hits(index, q, { businessId: 'b3' }, limit), q).toEqual(all.slice(0, limit));
      }
  });

  it('finds every document that holds every term (the full ranking misses none)', () => {
    const texts = new Map(docs.map((d) => [d.id, normalizeForSearch(Object.values(d.text).join('\u0000'))]));
    for (const q of ['相談', '補助金', '資金 相談', 'インボイス']) {
      const terms = normalizeForSearch(q).split(' ');
      const expected = docs
        .filter((d) => d.kind !== 'consultation' || !d.sensitive)
        .filter((d) => terms.every((t) => texts.get(d.id)!.includes(t)));
      expect(
        index
          .search(q, {}, docs.length)
          .map((h) => h.id)
          .sort(),
      ).toEqual(expected.map((d) => d.id).sort());
    }
  });

  it('ranks the same after a snapshot is loaded and after records change', async () => {
    const bytes = packIndexBytes(await index.serialize());
    const loaded = loadSearchIndex(unpackIndex(bytes));
    // Changed before its first query: the filter columns come from the snapshot, then from what changed.
    const untouched = loadSearchIndex(unpackIndex(bytes));
    for (const [q, f, limit] of cases([20])) expect(hits(loaded, q, f, limit)).toEqual(hits(index, q, f, limit));
    // Changes on top of the loaded postings (appended to their tiers) and replaced documents.
    const changed = corpus(16, 300).map((d, i) => ({ ...d, id: docs[i * 3]!.id, kind: docs[i * 3]!.kind }));
    // Same text, other facets (a date, a business): only the facets change.
    const moved = docs
      .slice(1, 200)
      .filter((d) => d.kind === 'consultation')
      .map((d) => ({ ...d, at: Date.UTC(2024, 0, 2), businessId: 'b3', tagIds: ['measure-a'] }));
    const fresh = createSearchIndex();
    const current = new Map(docs.map((d) => [d.id, d]));
    for (const d of [...changed, ...moved]) {
      if (d.kind !== current.get(d.id)!.kind) continue;
      loaded.upsert(d);
      untouched.upsert(d);
      current.set(d.id, d);
    }
    for (const d of docs.slice(200, 230)) {
      loaded.remove(d.id);
      untouched.remove(d.id);
      current.delete(d.id);
    }
    for (const d of current.values()) fresh.upsert(d);
    for (const [q, f, limit] of cases([20])) {
      expect(hits(loaded, q, f, limit), `${q} ${JSON.stringify(f)}`).toEqual(hits(fresh, q, f, limit));
      expect(hits(untouched, q, f, limit), `${q} ${JSON.stringify(f)}`).toEqual(hits(fresh, q, f, limit));
      expect(hits(loaded, q, f, limit)).toEqual(hits(loaded, q, f, docs.length).slice(0, limit));
    }
  });

  it('returns nothing for a limit of zero', () => {
    expect(index.search('相談', {}, 0)).toEqual([]);
  });
});

describe('postings in tiers', () => {
  it('are a new snapshot version: one saved before them is refused, so the index is built again', async () => {
    expect(SEARCH_INDEX_VERSION).toBeGreaterThanOrEqual(4);
    const older = packIndexBytes({ ...(await indexOfDocs(corpus(1, 5)).serialize()), version: 3 });
    expect(() => unpackIndex(older)).toThrow(SearchIndexFormatError);
    expect(() => unpackIndex(older)).toThrow(/版 3 は読めません/);
  });
});
