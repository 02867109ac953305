import { deflateSync, inflateSync } from 'fflate';
import { SearchIndexFormatError } from './format-error';

/**
 * The normalised texts of a snapshot, compressed: the slots in runs of NORM_CHUNK_SLOTS, each
 * run's UTF-16 code units deflated on their own. A query reads few documents of a loaded index,
 * so a run is inflated the first time one of its documents is read, and kept; the snapshot
 * stores a fraction of the text's size (the normalised text is most of an index).
 */
export const NORM_CHUNK_SLOTS = 8;

export interface NormChunks {
  /** Text sampled across the slots (code units), the preset dictionary of every run: a short run compresses as well as a long one. */
  normDictionary: Uint8Array;
  /** Every run's deflated code units, end to end. */
  normChunks: Uint8Array;
  /** End offset in `normChunks` of each run. */
  normChunkEnds: Uint32Array;
  /** Per slot: where its text ends, in code units from the start of all texts. */
  normEnds: Uint32Array;
}

/** Runs compressed between two yields: a few milliseconds, so a query waiting in the worker is answered. */
const RUNS_PER_TURN = 32;
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The runs of a loaded snapshot that the index has not changed since: stored again as they are. */
export interface KeptRuns {
  from: NormChunks;
  unchanged(run: number): boolean;
}

/**
 * Compresses the texts of `count` slots (`textOf`), yielding to other tasks now and then: an
 * index of 200,000 consultations takes seconds. Runs `kept` from the snapshot the index was
 * loaded from are copied, not compressed again (their texts are not even read), so saving a
 * few changes costs little. Reading a run back is one synchronous inflate (fflate), so a query
 * reads texts without awaiting anything.
 */
export async function packNorms(count: number, textOf: (slot: number) => string, kept?: KeptRuns | null): Promise<NormChunks> {
  const dictionary = kept ? kept.from.normDictionary : sampled(count, textOf);
  const normEnds = new Uint32Array(count);
  const chunks: Uint8Array[] = [];
  let at = 0;
  let compressed = 0;
  for (let first = 0, run = 0; first < count; first += NORM_CHUNK_SLOTS, run++) {
    const last = Math.min(count, first + NORM_CHUNK_SLOTS);
    if (kept?.unchanged(run)) {
      const { normChunks, normChunkEnds, normEnds: keptEnds } = kept.from;
      chunks.push(normChunks.subarray(run === 0 ? 0 : normChunkEnds[run - 1], normChunkEnds[run]));
      for (let slot = first; slot < last; slot++) normEnds[slot] = at += keptEnds[slot]! - (slot === 0 ? 0 : keptEnds[slot - 1]!);
      continue;
    }
    const texts = Array.from({ length: last - first }, (_, i) => textOf(first + i));
    const units = new Uint16Array(texts.reduce((n, t) => n + t.length, 0));
    let k = 0;
    texts.forEach((text, i) => {
      for (let c = 0; c < text.length; c++) units[k++] = text.charCodeAt(c);
      normEnds[first + i] = at += text.length;
    });
    chunks.push(deflateSync(new Uint8Array(units.buffer), { level: 6, dictionary }));
    if (++compressed % RUNS_PER_TURN === 0) await nextTurn();
  }
  const normChunkEnds = new Uint32Array(chunks.length);
  const normChunks = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let end = 0;
  chunks.forEach((c, i) => {
    normChunks.set(c, end);
    normChunkEnds[i] = end += c.length;
  });
  return { normDictionary: dictionary, normChunks, normChunkEnds, normEnds };
}

/** Code units in a dictionary: deflate looks back 32 KB at most. */
const DICTIONARY_UNITS = 8192;
const SAMPLES = 64;

/** Texts of slots spread evenly over the index, end to end, as UTF-16 bytes. */
function sampled(count: number, textOf: (slot: number) => string): Uint8Array {
  const units = new Uint16Array(DICTIONARY_UNITS);
  let k = 0;
  for (let j = 0; j < SAMPLES && k < units.length && count > 0; j++) {
    const text = textOf(Math.floor((j * count) / SAMPLES));
    for (let c = 0; c < text.length && k < units.length; c++) units[k++] = text.charCodeAt(c);
  }
  return new Uint8Array(units.buffer, 0, k * 2);
}

/** Whether the runs can belong to these slots (checked when loading; a run is inflated only when read). */
export function normChunksFit(n: NormChunks): boolean {
  const runs = Math.ceil(n.normEnds.length / NORM_CHUNK_SLOTS);
  if (n.normChunkEnds.length !== runs) return false;
  for (let i = 0; i < runs; i++) if (n.normChunkEnds[i]! < (i === 0 ? 0 : n.normChunkEnds[i - 1]!)) return false;
  return runs === 0 || n.normChunkEnds[runs - 1] === n.normChunks.length;
}

/** The code units of a slot's text: a run inflated on first use, and where the slot lies in it. */
export function normReader(n: NormChunks): (slot: number) => { block: Uint16Array; start: number; end: number } {
  const runs: (Uint16Array | undefined)[] = [];
  const textStart = (slot: number) => (slot === 0 ? 0 : n.normEnds[slot - 1]!);
  return (slot) => {
    const run = Math.floor(slot / NORM_CHUNK_SLOTS);
    let block = runs[run];
    const base = textStart(run * NORM_CHUNK_SLOTS);
    if (!block) {
      const last = Math.min(n.normEnds.length, (run + 1) * NORM_CHUNK_SLOTS) - 1;
      const units = n.normEnds[last]! - base;
      const bytes = n.normChunks.subarray(run === 0 ? 0 : n.normChunkEnds[run - 1], n.normChunkEnds[run]);
      let inflated: Uint8Array;
      try {
        inflated = inflateSync(bytes, { out: new Uint8Array(units * 2), dictionary: n.normDictionary });
      } catch {
        throw new SearchIndexFormatError(`文書 ${slot} の本文が壊れています`);
      }
      if (inflated.length !== units * 2) throw new SearchIndexFormatError(`文書 ${slot} の本文が壊れています`);
      block = runs[run] = new Uint16Array(inflated.buffer, inflated.byteOffset, units);
    }
    return { block, start: textStart(slot) - base, end: n.normEnds[slot]! - base };
  };
}
