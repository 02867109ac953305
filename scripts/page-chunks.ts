import type { GetModuleInfo, ManualChunkMeta } from 'rollup';
import type { Plugin } from 'vite';

/**
 * How the extension pages' JavaScript is cut into files. Each file is compressed on its own,
 * so fewer, larger files weigh less:
 * - `paint`: all the popup and side panel load before their first paint (app/first-paint.tsx:
 *   Preact, the title and note field, their few strings); every page loads it (Preact).
 * - `core`: what the popup's full view (entrypoints/popup/start.tsx) loads and the karte and follow-ups
 *   pages need too (Dexie, the store's schema, i18n, compose.ts).
 * - `app`: the rest of the popup's full view (the capture views and their stores); the side
 *   panel and options page load it too and add only their own modules. The karte and
 *   follow-ups pages do not load it: a karte opens with a quarter less script to compile.
 * - `writes`: the validating write path (db/writes.ts with the shared zod schemas it uses),
 *   loaded after first paint; the few modules of it that the karte, follow-ups or businesses page
 *   imports at start (the 中分類 codes) are in `reading` instead, so those pages load no schema.
 * Anything else (side-panel-only views, the options page's HTTP client, the English catalogue,
 * the default tags, the 中分類 names of the karte's profile) is left to Rollup. The build fails if
 * zod is imported, even indirectly, by code the popup, side panel or a reading page loads at start, if Dexie,
 * db/ or a full catalogue reaches their first paint, if the 中分類
 * names reach the popup, or if classic zod (not zod/mini) is bundled into an extension page at
 * all. The background is one file and is not cut.
 */
export function pageChunks(): Plugin {
  return {
    name: 'banso-page-chunks',
    outputOptions(options) {
      if (options.format === 'es') options.manualChunks = chunkOf;
    },
  };
}

/** The entries of the popup and side panel: what they import statically is their first paint. */
const FIRST_PAINT = /\/entrypoints\/(popup|sidepanel)\/main\.tsx$/;
/** Never before the popup's or side panel's first paint: the store and the full catalogues load behind it. */
const NOT_IN_FIRST_PAINT = /\/node_modules\/dexie\/|\/extension\/locales\/(ja|en)\.ts$|\/extension\/db\//;
/** The popup's full view, imported once the first paint is on screen. */
const POPUP = /\/entrypoints\/popup\/start\.tsx$/;
const READING_PAGES = /\/entrypoints\/(karte|follow-ups|businesses)\/main\.tsx$/;
const START_PAGES = /\/entrypoints\/(popup|sidepanel)\/(main|start)\.tsx$/;
const WRITES = /\/extension\/db\/writes\.ts$/;
const ZOD = /\/node_modules\/zod\//;
/** The 99 中分類 names (extension/locales/ja-industry.ts, en-industry.ts): for the karte and the side panel only. */
const INDUSTRY_NAMES = /\/extension\/locales\/(ja|en)-industry\.ts$/;
/** Classic zod is ~20 KB gzip against ~8 KB for zod/mini with the same schemas. */
const CLASSIC_ZOD = /\/node_modules\/zod\/v4\/classic\//;

function chunkOf(id: string, { getModuleInfo: info }: ManualChunkMeta): string | undefined {
  if (CLASSIC_ZOD.test(id)) throw new Error(`classic zod in an extension page (${id}): shared schemas are zod/mini, import 'zod/mini'`);
  if (ZOD.test(id) && reaches(id, START_PAGES, info, 'importers')) {
    throw new Error(`zod is on the start-up path of the popup or side panel (via ${id}); load it behind db/writes.ts`);
  }
  if (ZOD.test(id) && reaches(id, READING_PAGES, info, 'importers')) {
    throw new Error(`zod is on the start-up path of the karte, follow-ups or businesses page (via ${id}); load it after first paint`);
  }
  if (INDUSTRY_NAMES.test(id) && reaches(id, POPUP, info, 'importers')) {
    throw new Error(`the 中分類 names are on the popup's start-up path (${id}); only the karte's profile and the side panel show them`);
  }
  if (NOT_IN_FIRST_PAINT.test(id) && reaches(id, FIRST_PAINT, info, 'importers')) {
    throw new Error(`${id} is on the first paint of the popup or side panel; import it from their start.tsx`);
  }
  if (FIRST_PAINT.test(id) || POPUP.test(id)) return undefined; // the entries keep their own small files
  if (reaches(id, FIRST_PAINT, info, 'importers')) return 'paint';
  if (id.includes('virtual:wxt-html-plugins')) return 'paint';
  if (reaches(id, POPUP, info, 'importers')) return reaches(id, READING_PAGES, info, 'importers') ? 'core' : 'app';
  // What a reading page needs at start too (the 中分類 codes, say) goes apart: in `writes` it would pull that in whole.
  if (reaches(id, WRITES, info, 'importers')) return reaches(id, READING_PAGES, info, 'importers') ? 'reading' : 'writes';
  return undefined;
}

/**
 * True when `id` is `target` or is statically imported by it, directly or not (following
 * `importers` upwards). A walk per module: a few hundred modules keep the build fast.
 */
function reaches(id: string, target: RegExp, info: GetModuleInfo, edge: 'importers', seen = new Set<string>()): boolean {
  if (seen.has(id)) return false;
  seen.add(id);
  return target.test(id) || (info(id)?.[edge] ?? []).some((next) => reaches(next, target, info, edge, seen));
}
