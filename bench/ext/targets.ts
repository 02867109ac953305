import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ja } from '../../extension/locales/ja.ts';
import { EXTENSION_DIR } from '../../tests/e2e/support/launch.ts';

/** One page under measurement: where it lives, which database it writes, how to drive it. */
export interface BenchTarget {
  name: string;
  /** chrome-extension://<id> */
  origin: string;
  /** The built files on disk (to size the scripts the page loads). */
  dir: string;
  page: string;
  dbName: string;
  savedStore: string;
  /** Pause after filling the note so its draft writes are done before a save is timed. */
  draftSettleMs: number;
  noteField: (page: Page) => Locator;
  /** Whatever a save needs besides the note, before each save (the popup: a business, which it forgets after a save). */
  prepareSave: (page: Page) => Promise<void>;
}

export const BASELINE_DIR = path.resolve(import.meta.dirname, 'baseline/dist');

export function baselineTarget(origin: string): BenchTarget {
  return {
    name: 'baseline',
    origin,
    dir: BASELINE_DIR,
    page: 'index.html',
    dbName: 'baseline',
    savedStore: 'notes',
    draftSettleMs: 700,
    noteField: (page) => page.getByRole('textbox', { name: 'note' }),
    prepareSave: async () => {},
  };
}

export function extensionTarget(origin: string): BenchTarget {
  const business = `ベンチ商店 ${Date.now()}`;
  let created = false;
  return {
    name: 'extension',
    origin,
    dir: EXTENSION_DIR,
    page: 'popup.html',
    dbName: 'banso-karte',
    savedStore: 'consultations',
    draftSettleMs: 700,
    noteField: (page) => page.getByRole('textbox', { name: ja['field.inquiry'], exact: true }),
    prepareSave: async (page) => {
      const search = page.getByRole('searchbox', { name: ja['business.search'] });
      await search.fill(business);
      const button = created
        ? page.getByRole('list', { name: ja['business.results'] }).getByRole('button', { name: business })
        : page.getByRole('button', { name: ja['business.create'].replace('{name}', business) });
      await button.click();
      created = true;
      await page.getByTestId('selected-business').filter({ hasText: business }).waitFor();
    },
  };
}
