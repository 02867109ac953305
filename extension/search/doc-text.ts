import type { StoredDoc } from './doc-store';
import { LoadedDoc } from './loaded-doc';

/**
 * Looking into a document's normalised text without decoding it: a loaded document met for
 * the first time is searched on its code units. The first query after loading a snapshot
 * verifies thousands of candidates, and decoding each into a string first cost most of its
 * time; a document met again by a later query is decoded (a string searches several times
 * faster than code units in a loop), so a session soon runs on strings.
 */
let query = 0;

/** Marks the start of a query: documents met before it are decoded when met again. */
export function beginQuery(): void {
  query++;
}

function unitsOf(doc: StoredDoc) {
  return doc instanceof LoadedDoc ? doc.units(query) : null;
}

/** Like norm.indexOf(term, from). */
export function termAt(doc: StoredDoc, term: string, from = 0): number {
  const u = unitsOf(doc);
  if (!u) return doc.norm.indexOf(term, from);
  const first = term.charCodeAt(0);
  const last = u.end - term.length;
  outer: for (let i = u.start + from; i <= last; i++) {
    if (u.block[i] !== first) continue;
    for (let k = 1; k < term.length; k++) if (u.block[i + k] !== term.charCodeAt(k)) continue outer;
    return i - u.start;
  }
  return -1;
}

/** Like norm.startsWith(term, at). */
export function startsAt(doc: StoredDoc, term: string, at: number): boolean {
  const u = unitsOf(doc);
  if (!u) return doc.norm.startsWith(term, at);
  if (at < 0 || u.start + at + term.length > u.end) return false;
  for (let k = 0; k < term.length; k++) if (u.block[u.start + at + k] !== term.charCodeAt(k)) return false;
  return true;
}

/** Like norm.length. */
export function textLength(doc: StoredDoc): number {
  const u = unitsOf(doc);
  return u ? u.end - u.start : doc.norm.length;
}
