/**
 * `field_versions` and `field_clients` as stored: which version and which client last wrote
 * each field of a record (the push merges by them; nothing else reads them). Most records have
 * every field of their data last written by one push, so each map holds one value for all of
 * them: such a map is stored as `{"*": value}` with only the fields that differ beside it, and
 * read back over the stored data's fields. A consultation's row is ~1.3 KB (a third) smaller.
 * Any other map (one not naming exactly the data's fields) is stored as it is, as rows written
 * before this encoding are.
 */
const ALL = '*';

type FieldMeta<V> = Record<string, V>;

/** The stored text of `map`, for a record whose stored data has `fields`. */
export function encodeFieldMeta<V extends string | number>(map: FieldMeta<V>, fields: readonly string[]): string {
  if (fields.length < 2 || Object.keys(map).length !== fields.length || !fields.every((f) => Object.hasOwn(map, f))) {
    return JSON.stringify(map);
  }
  const common = mostFrequent(fields.map((f) => map[f]!));
  const out: FieldMeta<V> = { [ALL]: common };
  for (const f of fields) if (map[f] !== common) out[f] = map[f]!;
  return JSON.stringify(out);
}

/** The map encodeFieldMeta stored, for the record whose stored data has `fields`. */
export function decodeFieldMeta<V extends string | number>(text: string, fields: readonly string[]): FieldMeta<V> {
  const stored = JSON.parse(text) as FieldMeta<V>;
  if (!Object.hasOwn(stored, ALL)) return stored;
  const common = stored[ALL]!;
  const out: FieldMeta<V> = {};
  for (const f of fields) out[f] = Object.hasOwn(stored, f) ? stored[f]! : common;
  return out;
}

function mostFrequent<V>(values: readonly V[]): V {
  const counts = new Map<V, number>();
  let best = values[0] as V;
  let bestCount = 0;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > bestCount) [best, bestCount] = [v, n];
  }
  return best;
}
