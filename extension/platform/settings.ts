import type { Language } from '../locales/languages';
import type { Role } from '../../shared/enums';
import type { NoteDefaults } from '../draft/consultation-draft';
import { NO_SITE_ACCESS, type SiteAccess } from '../site-access/allowed';
import { localItem } from './local-item';

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8787';

/**
 * Every setting, declared once with its default. `storage.local` belongs to the extension:
 * no web page (and no content script, of which there are none) can read the API token.
 */
export const settings = {
  serverUrl: localItem<string>('serverUrl', DEFAULT_SERVER_URL),
  apiToken: localItem<string>('apiToken', ''),
  localOnly: localItem<boolean>('localOnly', false),
  language: localItem<Language>('language', 'ja'),
  /**
   * The sites the extension is used on (site-access/allowed.ts). Stored under 'siteRules', its
   * name before the organisation's site rules existed: the key stays so existing lists still apply.
   */
  siteAccess: localItem<SiteAccess>('siteRules', NO_SITE_ACCESS),
  /** Who the API token belongs to, as the server last said (GET /v1/me); null until a connection test succeeds. */
  advisor: localItem<SignedInAdvisor | null>('advisor', null),
  /** This device's 相談方法 and 事業区分 of the last new note saved (checked when read). */
  noteDefaults: localItem<Partial<NoteDefaults> | null>('noteDefaults', null),
};

export type Settings = typeof settings;

export interface SignedInAdvisor {
  id: string;
  name: string;
  /** Decides who edits site rules and reads every 機微 note; absent in a value stored before it was kept. */
  role?: Role;
  /** The support organisation's name (printed on the karte); absent in a value stored before it was kept. */
  organisationName?: string;
}

/** The advisor whose follow-ups are shown and reminded: none (everyone's) in local-only mode or before sign-in. */
export async function currentAdvisorId(): Promise<string | null> {
  const [localOnly, advisor] = await Promise.all([settings.localOnly.getValue(), settings.advisor.getValue()]);
  return localOnly ? null : (advisor?.id ?? null);
}
