import { signal } from '@preact/signals';
import { sendsTokenInClear } from '../../shared/server-url';
import type { MeResult } from '../platform/http-client';
import type { SignedInAdvisor } from '../platform/settings';
import type { Notice } from './notice';
import { parsePatternLines, type SiteRules } from './site-rules';

interface Setting<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface OptionsStoreDeps {
  settings: {
    serverUrl: Setting<string>;
    apiToken: Setting<string>;
    localOnly: Setting<boolean>;
    siteRules: Setting<SiteRules>;
    /** Remembered from a successful test: whose follow-ups the list and reminders show. */
    advisor: Setting<SignedInAdvisor | null>;
  };
  me: () => Promise<MeResult>;
  /** The shared URL rule (http/https, length), loaded only when the form is saved. */
  isServerUrl: (url: string) => Promise<boolean>;
  /** Makes sure the extension may call this server (asks the browser when needed). */
  ensureServerAccess: (url: string) => Promise<boolean>;
}

/** The options page: the form as typed, saved on demand, and the connection test. */
export function createOptionsStore(deps: OptionsStoreDeps) {
  const { settings } = deps;
  const serverUrl = signal('');
  const apiToken = signal('');
  const localOnly = signal(false);
  const allowText = signal('');
  const denyText = signal('');
  const connection = signal<Notice | null>(null);
  const sitesNotice = signal<Notice | null>(null);
  const testing = signal(false);

  async function saveConnection(): Promise<boolean> {
    const url = serverUrl.value.trim();
    if (!(await deps.isServerUrl(url))) {
      connection.value = { tone: 'error', message: { key: 'options.invalidUrl' } };
      return false;
    }
    // Nothing is saved: the next sync would send the token to that server in clear text.
    if (sendsTokenInClear(url)) {
      connection.value = { tone: 'error', message: { key: 'options.insecureUrl' } };
      return false;
    }
    if (!(await deps.ensureServerAccess(url))) {
      connection.value = { tone: 'error', message: { key: 'options.permissionDenied' } };
      return false;
    }
    await settings.serverUrl.setValue(url);
    await settings.apiToken.setValue(apiToken.value.trim());
    connection.value = { tone: 'success', message: { key: 'options.saved' } };
    return true;
  }

  function describe(result: MeResult): Notice {
    if (result.ok) {
      return { tone: 'success', message: { key: 'options.testOk', params: { organisation: result.me.organisation.name, advisor: result.me.advisor.name } } };
    }
    if (result.reason === 'server') return { tone: 'error', message: { key: 'options.testFailed', params: { message: result.message } } };
    if (result.reason === 'network') return { tone: 'error', message: { key: 'options.testNetwork' } };
    if (result.reason === 'insecure') return { tone: 'error', message: { key: 'options.insecureUrl' } };
    return { tone: 'error', message: { key: 'options.testBadResponse', params: { status: result.status } } };
  }

  return {
    serverUrl, apiToken, localOnly, allowText, denyText, connection, sitesNotice, testing,
    async load(): Promise<void> {
      serverUrl.value = await settings.serverUrl.getValue();
      apiToken.value = await settings.apiToken.getValue();
      localOnly.value = await settings.localOnly.getValue();
      const rules = await settings.siteRules.getValue();
      allowText.value = rules.allow.join('\n');
      denyText.value = rules.deny.join('\n');
    },
    saveConnection,
    /** Saves what is typed, then asks the server who the token belongs to. */
    async testConnection(): Promise<void> {
      if (apiToken.value.trim() === '') {
        connection.value = { tone: 'error', message: { key: 'options.noToken' } };
        return;
      }
      if (!(await saveConnection())) return;
      testing.value = true;
      connection.value = null;
      try {
        const result = await deps.me();
        if (result.ok) {
          const { advisor, organisation } = result.me;
          await settings.advisor.setValue({ id: advisor.id, name: advisor.name, role: advisor.role, organisationName: organisation.name });
        }
        connection.value = describe(result);
      } finally {
        testing.value = false;
      }
    },
    async setLocalOnly(value: boolean): Promise<void> {
      localOnly.value = value;
      await settings.localOnly.setValue(value);
    },
    async saveSites(): Promise<void> {
      await settings.siteRules.setValue({ allow: parsePatternLines(allowText.value), deny: parsePatternLines(denyText.value) });
      sitesNotice.value = { tone: 'success', message: { key: 'options.saved' } };
    },
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
