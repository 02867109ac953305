import { ensureServerAccess } from '../platform/permissions';
import { settings } from '../platform/settings';
import { requestSync } from '../platform/sync-kick';
import { createOptionsStore } from '../state/options-store';

/** The options page; the HTTP client and URL rule use zod, so they load when first used. */
export function createOptions() {
  const http = import('../platform/http-client').then((m) =>
    m.createHttpClient({ serverUrl: () => settings.serverUrl.getValue(), apiToken: () => settings.apiToken.getValue() }),
  );
  return createOptionsStore({
    settings,
    me: async () => (await http).me(),
    acceptInvitation: async (serverUrl, code) => (await http).acceptInvitation(serverUrl, code),
    isServerUrl: async (url) => (await import('../../shared/fields')).httpUrl.safeParse(url).success,
    ensureServerAccess,
    signedIn: () => requestSync('signin'),
  });
}
