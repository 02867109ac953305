import { describe, expect, it } from 'vitest';
import { loadSearchIndex, SearchIndexFormatError } from '../../../extension/search';
import { NORM_CHUNK_SLOTS, normReader, packNorms } from '../../../extension/search/norm-chunks';
import { packIndexBytes, unpackIndex } from '../../../extension/search/snapshot-pack';
import { aConsultation } from '../../fixtures/records';
import { docOf, indexOf } from './build';

/** Consultations over three runs of slots, each saying which one it is. */
const notes = Array.from({ length: NORM_CHUNK_SLOTS * 2 + 5 }, (_, i) =>
  aConsultation({
    inquiry: `第${i}回の相談。資金繰りと価格転嫁について話した。`,
    heldAt: `2026-04-01T${String(i % 24).padStart(2, '0')}:00:00Z`,
  }),
);

describe('normalised texts of a snapshot', () => {
  it('come back exactly for every slot, across runs and with empty texts between', async () => {
    const texts = ['', 'ア', '', ...Array.from({ length: NORM_CHUNK_SLOTS * 2 }, (_, i) => `テキスト${i}`), '𠮷野家', ''];
    const packed = await packNorms(texts.length, (n) => texts[n]!);
    const read = normReader(packed);
    texts.forEach((text, slot) => {
      const { block, start, end } = read(slot);
      expect(String.fromCharCode(...block.subarray(start, end))).toBe(text);
    });
  });

  it('are stored compressed: a snapshot of repeated wording takes a fraction of its text', async () => {
    const data = await indexOf(...notes.map((consultation) => ({ consultation }))).serialize();
    const textBytes = data.normEnds.at(-1)! * 2;
    expect(data.normChunks.length).toBeLessThan(textBytes / 3);
  });

  it('are read after loading: every consultation found by its own words, in any run', async () => {
    const index = indexOf(...notes.map((consultation) => ({ consultation })));
    const loaded = loadSearchIndex(unpackIndex(packIndexBytes(await index.serialize())));
    for (const i of [0, NORM_CHUNK_SLOTS, notes.length - 1]) {
      const [hit] = loaded.search(`第${i}回`);
      expect(hit?.id).toBe(notes[i]!.id);
      expect(hit?.snippet).toContain(`第${i}回の相談`);
    }
  });

  it('are stored again as they were for the runs no change touched, and compressed anew where one did', async () => {
    const saved = await indexOf(...notes.map((consultation) => ({ consultation }))).serialize();
    const loaded = loadSearchIndex(unpackIndex(packIndexBytes(saved)));
    const edited = { ...notes[1]!, inquiry: '第1回の相談を書き直した。事業承継について。' };
    loaded.upsert(docOf({ consultation: edited })); // slot 1 emptied, the new text at the end
    const again = await loaded.serialize();

    const run = (data: typeof saved, r: number) =>
      Array.from(data.normChunks.subarray(r === 0 ? 0 : data.normChunkEnds[r - 1], data.normChunkEnds[r]));
    expect(run(again, 0)).not.toEqual(run(saved, 0)); // slot 1's run
    for (let r = 1; r < saved.normChunkEnds.length - 1; r++) expect(run(again, r), `run ${r}`).toEqual(run(saved, r));
    const reloaded = loadSearchIndex(unpackIndex(packIndexBytes(again)));
    expect(reloaded.search('書き直した').map((h) => h.id)).toEqual([edited.id]);
    expect(reloaded.search('第1回の相談。資金繰り')).toEqual([]);
    expect(reloaded.search(`第${NORM_CHUNK_SLOTS + 1}回`)[0]?.id).toBe(notes[NORM_CHUNK_SLOTS + 1]!.id);

    // Copied, not read: a run made unreadable in the snapshot still saves as it was.
    const marked = { ...saved, normChunks: saved.normChunks.slice() };
    marked.normChunks.fill(0, saved.normChunkEnds[0], saved.normChunkEnds[1]);
    const fromMarked = loadSearchIndex(unpackIndex(packIndexBytes(marked)));
    fromMarked.upsert(docOf({ consultation: edited }));
    expect(run(await fromMarked.serialize(), 1)).toEqual(run(marked, 1));
  });

  it('refuse a damaged run when it is read, as a snapshot to build again', async () => {
    const index = indexOf(...notes.map((consultation) => ({ consultation })));
    const data = await index.serialize();
    const damaged = { ...data, normChunks: data.normChunks.map((b, i) => (i < 40 ? 0xff - b : b)) };
    const loaded = loadSearchIndex(damaged);
    expect(() => loaded.search('第1回')).toThrow(SearchIndexFormatError);
    // Runs that do not fit the slots are refused when loading.
    expect(() => loadSearchIndex({ ...data, normChunkEnds: data.normChunkEnds.subarray(1) })).toThrow(SearchIndexFormatError);
  });
});
