import { storage } from 'wxt/utils/storage';
import type { Language } from '../locales/languages';
import { NO_SITE_RULES, type SiteRules } from '../state/site-rules';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/**
 * Every setting, declared once with its default. `local:` storage belongs to the extension:
 * no web page (and no content script, of which there are none) can read the API token.
 */
export const settings = {
  serverUrl: storage.defineItem<string>('local:serverUrl', { fallback: DEFAULT_SERVER_URL }),
  apiToken: storage.defineItem<string>('local:apiToken', { fallback: '' }),
  localOnly: storage.defineItem<boolean>('local:localOnly', { fallback: false }),
  language: storage.defineItem<Language>('local:language', { fallback: 'ja' }),
  siteRules: storage.defineItem<SiteRules>('local:siteRules', { fallback: NO_SITE_RULES }),
};

export type Settings = typeof settings;
