/**
 * Node micro-benchmark of the offline search index (issue 5) beside a plain substring scan of
 * the same records in the same run. The official benchmark runs in Chromium (bench/ext).
 *   npx node bench/gen/generate.ts && npx node --expose-gc bench/search/index-bench.ts
 */
import v8 from 'node:v8';
import type * as Search from '../../extension/search/index.ts';
import type { Consultation } from '../../shared/records.ts';
import { limitRow, writeHeadline } from '../headline.mjs';
import { importBundled } from './bundle.ts';
import { searchDocs } from './load-data.ts';
import { QUERIES } from './queries.ts';
import { substringScan, type ScanDoc } from './substring-scan.ts';

const search = await importBundled<typeof Search>('extension/search/index.ts');
const { normalizeForSearch } = await importBundled<typeof import('../../shared/text.ts')>('shared/text.ts');

const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => (gc(), process.memoryUsage().heapUsed / 2 ** 20);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1)} MB`;
/**
 * Time of `f` in ms: CPU time of this process when BENCH_CPU=1 (a machine shared with other
 * jobs inflates wall time), wall time otherwise.
 */
const useCpu = process.env.BENCH_CPU === '1';
const clock = () => (useCpu ? process.cpuUsage().user / 1000 : performance.now());
function time<T>(f: () => T): [T, number] {
  const t = clock();
  const r = f();
  return [r, clock() - t];
}

const { docs, consultations, meta } = searchDocs(search);
const heap0 = heapMb();
const [index, buildMs] = time(() => {
  const ix = search.createSearchIndex();
  for (const d of docs) ix.upsert(d);
  return ix;
});
const heapIndex = heapMb() - heap0;

// The same records for the scan, normalised once up front (the scan's best case).
const [scanDocs, scanPrepMs] = time(() =>
  docs.map(
    (d): ScanDoc => ({
      id: d.id,
      at: d.at ?? 0,
      sensitive: d.sensitive,
      text: normalizeForSearch(Object.values(d.text).join('\n')),
    }),
  ),
);
const heapScan = heapMb() - heap0 - heapIndex;

const queries = QUERIES.map(([q, f]) => [q, f?.businessId ? { ...f, businessId: meta.karteBusinessId } : (f ?? {})] as const);
const [first, firstMs] = time(() => index.search(queries[0]![0], queries[0]![1]));
const indexTimes: number[] = [];
const scanTimes: number[] = [];
const perQuery = new Map<string, number[]>();
const hits: string[] = [];
for (let round = 0; round < 6; round++) {
  for (const [q, f] of queries) {
    const [r, t] = time(() => index.search(q, f));
    const [, s] = time(() => substringScan(scanDocs, normalizeForSearch(q), 20));
    if (round === 0) {
      hits.push(`${q}${Object.keys(f).length ? ' +filter' : ''}: ${r.length}${r[0] ? ` (${r[0].kind} ${r[0].field})` : ''}`);
      continue;
    }
    indexTimes.push(t);
    scanTimes.push(s);
    perQuery.set(q, [...(perQuery.get(q) ?? []), t]);
  }
}
const slowest = [...perQuery]
  .map(([q, ts]) => [q, pct(ts, 50)] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 5);

// IndexedDB writes and reads values with the structured-clone serialiser: v8.serialize is the same.
const serializeStart = clock();
const data = await index.serialize();
const serializeMs = clock() - serializeStart;
const [stored, writeMs] = time(() => v8.serialize(data));
const [read, readMs] = time(() => v8.deserialize(stored) as typeof data);
const [loaded, loadMs] = time(() => search.loadSearchIndex(read));
const [, loadedFirstMs] = time(() => loaded.search('価格転嫁'));
const sample = consultations.slice(0, 1000);
const [, upsertMs] = time(() => {
  for (const c of sample) {
    const data = c.data as Consultation;
    const d = search.consultationSearchDoc({ id: c.id, authorId: c.authorId, ...data, advice: `${data.advice}追記。` }, []);
    if (d) index.upsert(d);
  }
});
// Saving again after a day's changes (100 consultations edited): runs of texts no change touched are copied.
for (const c of consultations.slice(-100)) {
  const data = c.data as Consultation;
  const d = search.consultationSearchDoc({ id: c.id, authorId: c.authorId, ...data, inquiry: `${data.inquiry}追記。` }, []);
  if (d) loaded.upsert(d);
}
const resaveStart = clock();
await loaded.serialize();
const resaveMs = clock() - resaveStart;
const verbatim = data.origKinds.filter((k) => k === 2).length;

console.log(`clock: ${useCpu ? 'CPU time (user) of this process' : 'wall time'}`);
console.log(`documents: ${index.size} (first query returned ${first.length} hits)`);
console.log(
  `build: ${ms(buildMs)} (${((buildMs / docs.length) * 1000).toFixed(1)} µs/doc); index heap ≈ ${heapIndex.toFixed(0)} MB; scan copy heap ≈ ${heapScan.toFixed(0)} MB (prep ${ms(scanPrepMs)})`,
);
console.log(`index stats: ${JSON.stringify(index.stats())}`);
console.log(
  `query (${queries.length} queries × 5 rounds): index p50 ${ms(pct(indexTimes, 50))} p95 ${ms(pct(indexTimes, 95))} max ${ms(Math.max(...indexTimes))}; first query ${ms(firstMs)}`,
);
console.log(
  `substring scan of the same records: p50 ${ms(pct(scanTimes, 50))} p95 ${ms(pct(scanTimes, 95))} max ${ms(Math.max(...scanTimes))}`,
);
console.log(`slowest queries (p50): ${slowest.map(([q, t]) => `${q} ${ms(t)}`).join(', ')}`);
console.log(
  `serialize ${ms(serializeMs)}: ${mb(stored.length)} as stored (postings ${mb(data.bytes.length)}, normalised text ${mb(data.normChunks.length)} compressed from ${mb(data.normEnds.at(-1)! * 2)}, packed originals ${mb(data.origBits.length)} + ${verbatim} verbatim ${mb(data.origTexts.length * 2)})`,
);
console.log(
  `storage clone: write ${ms(writeMs)}, read ${ms(readMs)}; loadSearchIndex ${ms(loadMs)}; first query after load ${ms(loadedFirstMs)}`,
);
console.log(
  `incremental upsert (changed text): ${(upsertMs / sample.length).toFixed(3)} ms/doc; saving a loaded index again after 100 edits: ${ms(resaveMs)}`,
);
const worstP95 = [...perQuery].map(([q, ts]) => [q, pct(ts, 95)] as const).sort((a, b) => b[1] - a[1])[0]!;
// What the snapshot indexes: the documents' text, as the records hold it in IndexedDB (UTF-16).
const textBytes = docs.reduce((sum, d) => sum + Object.values(d.text).reduce((n, t) => n + (t?.length ?? 0) * 2, 0), 0);
console.log(`slowest query p95: ${worstP95[0]} ${ms(worstP95[1])}; snapshot ${mb(stored.length)} for ${mb(textBytes)} of indexed text`);
writeHeadline(
  'search-index',
  [
    limitRow(`search p95, slowest query (${worstP95[0]})`, worstP95[1], 'ms', 10, pct(scanTimes, 95)),
    limitRow('snapshot size (≤ the text it indexes)', stored.length / 2 ** 20, 'MB', textBytes / 2 ** 20),
  ],
  `${consultations.length.toLocaleString('en-US')} consultations, ${index.size.toLocaleString('en-US')} documents`,
);
if (process.argv.includes('--hits')) console.log(hits.join('\n'));
