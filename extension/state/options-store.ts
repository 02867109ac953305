import { signal } from '@preact/signals';
import type { Role } from '../../shared/enums';
import { normalizeInvitationCode } from '../../shared/invitation-code';
import { sendsTokenInClear } from '../../shared/server-url';
import type { MessageKey } from '../locales/languages';
import type { CallFailure, JoinResult, MeResult } from '../platform/http-client';
import type { SignedInAdvisor } from '../platform/settings';
import { parsePatternLines, type SiteAccess } from '../site-access/allowed';
import type { Notice } from './notice';
import { viewerOf } from '../org/viewer';

interface Setting<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
}

export interface OptionsStoreDeps {
  settings: {
    serverUrl: Setting<string>;
    apiToken: Setting<string>;
    localOnly: Setting<boolean>;
    siteAccess: Setting<SiteAccess>;
    /** Remembered from a successful test: whose follow-ups the list and reminders show. */
    advisor: Setting<SignedInAdvisor | null>;
  };
  me: () => Promise<MeResult>;
  /** Uses an invitation code at a server (typed, not yet saved): the new advisor's own token. */
  acceptInvitation: (serverUrl: string, code: string) => Promise<JoinResult>;
  /** The shared URL rule (http/https, length), loaded only when the form is saved. */
  isServerUrl: (url: string) => Promise<boolean>;
  /** Makes sure the extension may call this server (asks the browser when needed). */
  ensureServerAccess: (url: string) => Promise<boolean>;
  /** The server accepted the token: sync now, even if sync had stopped for sign-in. */
  signedIn?: () => void;
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
  const inviteCode = signal('');
  const joining = signal(false);
  const joinNotice = signal<Notice | null>(null);
  /** The signed-in advisor's role (null: not signed in, or not known yet): who is led to the organisation page. */
  const role = signal<Role | null>(null);

  async function readRole(): Promise<void> {
    const [local, token, advisor] = await Promise.all([
      settings.localOnly.getValue(),
      settings.apiToken.getValue(),
      settings.advisor.getValue(),
    ]);
    role.value = viewerOf({ localOnly: local, apiToken: token, advisor }).role;
  }

  /** Why the typed server URL cannot be used (null: it can, and the browser lets the extension reach it). */
  async function refuseServerUrl(url: string): Promise<MessageKey | null> {
    if (!(await deps.isServerUrl(url))) return 'options.invalidUrl';
    // Nothing is saved or sent: the token would travel to that server in clear text.
    if (sendsTokenInClear(url)) return 'options.insecureUrl';
    if (!(await deps.ensureServerAccess(url))) return 'options.permissionDenied';
    return null;
  }

  async function saveConnection(): Promise<boolean> {
    const url = serverUrl.value.trim();
    const refused = await refuseServerUrl(url);
    if (refused) {
      connection.value = { tone: 'error', message: { key: refused } };
      return false;
    }
    await settings.serverUrl.setValue(url);
    await settings.apiToken.setValue(apiToken.value.trim());
    connection.value = { tone: 'success', message: { key: 'options.saved' } };
    return true;
  }

  function describe(result: MeResult): Notice {
    if (result.ok) {
      return {
        tone: 'success',
        message: { key: 'options.testOk', params: { organisation: result.me.organisation.name, advisor: result.me.advisor.name } },
      };
    }
    return describeFailure(result, 'options.testFailed');
  }

  function describeFailure(result: CallFailure, failed: 'options.testFailed' | 'options.joinFailed'): Notice {
    if (result.reason === 'server') return { tone: 'error', message: { key: failed, params: { message: result.message } } };
    if (result.reason === 'network') return { tone: 'error', message: { key: 'options.testNetwork' } };
    if (result.reason === 'insecure') return { tone: 'error', message: { key: 'options.insecureUrl' } };
    if (result.reason === 'signed_out') return { tone: 'error', message: { key: 'options.signedOut' } };
    return { tone: 'error', message: { key: 'options.testBadResponse', params: { status: result.status } } };
  }

  /** Asks the server who the saved token belongs to, and remembers it. */
  async function checkSignIn(): Promise<Notice> {
    const result = await deps.me();
    if (result.ok) {
      const { advisor, organisation } = result.me;
      await settings.advisor.setValue({ id: advisor.id, name: advisor.name, role: advisor.role, organisationName: organisation.name });
      await readRole();
      deps.signedIn?.();
    }
    return describe(result);
  }

  return {
    serverUrl,
    apiToken,
    localOnly,
    allowText,
    denyText,
    connection,
    sitesNotice,
    testing,
    inviteCode,
    joining,
    joinNotice,
    role,
    async load(): Promise<void> {
      serverUrl.value = await settings.serverUrl.getValue();
      apiToken.value = await settings.apiToken.getValue();
      localOnly.value = await settings.localOnly.getValue();
      const access = await settings.siteAccess.getValue();
      allowText.value = access.allow.join('\n');
      denyText.value = access.deny.join('\n');
      await readRole();
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
        connection.value = await checkSignIn();
      } finally {
        testing.value = false;
      }
    },
    /**
     * 招待コードで参加: the code goes to the typed server; the token it answers is saved like a
     * typed one (never shown), then the connection is checked as the test does. Nothing is saved
     * when the server refuses the code.
     */
    async joinWithInvitation(): Promise<void> {
      if (joining.value) return;
      const url = serverUrl.value.trim();
      const typed = inviteCode.value.trim();
      if (typed === '') return void (joinNotice.value = { tone: 'error', message: { key: 'options.noInviteCode' } });
      const code = normalizeInvitationCode(typed);
      if (code === null) return void (joinNotice.value = { tone: 'error', message: { key: 'options.inviteMalformed' } });
      const refused = await refuseServerUrl(url);
      if (refused) return void (joinNotice.value = { tone: 'error', message: { key: refused } });
      joining.value = true;
      joinNotice.value = null;
      try {
        const joined = await deps.acceptInvitation(url, code);
        if (!joined.ok) return void (joinNotice.value = describeFailure(joined, 'options.joinFailed'));
        await settings.serverUrl.setValue(url);
        await settings.apiToken.setValue(joined.token);
        apiToken.value = joined.token;
        inviteCode.value = '';
        joinNotice.value = await checkSignIn();
      } finally {
        joining.value = false;
      }
    },
    async setLocalOnly(value: boolean): Promise<void> {
      localOnly.value = value;
      await settings.localOnly.setValue(value);
      await readRole();
    },
    async saveSites(): Promise<void> {
      await settings.siteAccess.setValue({ allow: parsePatternLines(allowText.value), deny: parsePatternLines(denyText.value) });
      sitesNotice.value = { tone: 'success', message: { key: 'options.saved' } };
    },
  };
}

export type OptionsStore = ReturnType<typeof createOptionsStore>;
