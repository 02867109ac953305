import type { BrowserContext } from 'playwright-core';
import { jaSearch } from '../../extension/locales/ja-search.ts';

export interface PanelFirstQuery {
  /** Round trip of the first query (search client → worker → answer), as the panel's User Timing measures it. */
  roundTripMs: number;
  /** Of the round trip, the search itself inside the worker. */
  tookMs: number;
  /** From the panel's navigation start to that answer: what the advisor waits, typing at once. */
  sinceNavigationMs: number;
  /** When the panel's index said it was ready (navigation start = 0). */
  readyMs: number | null;
  /** The index was already loaded when the panel connected (the search host held it). */
  warm: boolean | null;
}

/**
 * Opens the real side panel page (sidepanel.html in a tab), types `query` into its search box the moment the box exists,
 * and reads the client's User Timing entries (extension/search/client.ts) for that query.
 */
export async function firstPanelQuery(context: BrowserContext, origin: string, query: string): Promise<PanelFirstQuery> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}/sidepanel.html`, { waitUntil: 'commit' });
    await page.getByRole('combobox', { name: jaSearch['search.label'] }).fill(query);
    const measured = (q: string) => performance.getEntriesByName('banso-search').some((e) => (e as PerformanceMeasure).detail?.query === q);
    await page.waitForFunction(measured, query, { timeout: 60_000, polling: 10 });
    return await page.evaluate((q) => {
      const e = performance.getEntriesByName('banso-search').find((m) => (m as PerformanceMeasure).detail?.query === q)!;
      const ready = performance.getEntriesByName('banso-search-ready')[0] as PerformanceMark | undefined;
      const warm = (ready?.detail as { warm?: boolean } | undefined)?.warm ?? null;
      const tookMs = ((e as PerformanceMeasure).detail as { tookMs: number }).tookMs;
      return {
        roundTripMs: e.duration,
        tookMs,
        sinceNavigationMs: e.startTime + e.duration,
        readyMs: ready ? ready.startTime : null,
        warm,
      };
    }, query);
  } finally {
    await page.close();
  }
}
