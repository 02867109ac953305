import type { ConfigEnv } from 'wxt';
import { MANIFEST_KEY } from './manifest-key';

/**
 * The local API `npm start` runs. Granted only by development builds (`npm run build:dev`:
 * `npm start`, the e2e tests); a production build (`npm run build`, `npx wxt zip`) asks for
 * any server's origin at run time, from the options page (platform/permissions.ts).
 */
export const LOCAL_API = ['http://127.0.0.1:8787/*', 'http://localhost:8787/*'];
/** Optional: specific sites are asked for at run time, and Chrome only grants what this covers. */
const ANY_SITE = ['https://*/*', 'http://*/*'];

/**
 * What Firefox tells the advisor, at install, leaves the browser (its built-in data consent).
 * Nothing goes to us, the developers: no telemetry, no error reports. The consultation records
 * go to the organisation's own server once an advisor signs in there (extension/sync/), and that
 * is the product's purpose, so they are required rather than optional (an optional category
 * would have to stop sync until granted; without a server the extension simply keeps them here):
 * - personallyIdentifyingInfo: the notes name business owners and the people met, 法人番号 and
 *   portal IDs, and the advisors who wrote them;
 * - websiteContent: a portal page's title, and text selected on it, kept with a note;
 * - browsingActivity: the address of the portal page a note was taken beside.
 */
export const DATA_COLLECTION = {
  required: ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity'],
};

/** The manifest WXT writes for a browser, manifest version and build mode (wxt.config.ts). */
export function manifestFor({ browser, manifestVersion, mode }: Pick<ConfigEnv, 'browser' | 'manifestVersion' | 'mode'>) {
  const firefox = browser === 'firefox';
  const mv2 = manifestVersion === 2;
  const localApi = mode === 'development' ? LOCAL_API : [];
  return {
    default_locale: 'ja',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Chrome derives the fixed id from `key`; Firefox takes its id from gecko.id instead.
    ...(firefox
      ? { browser_specific_settings: { gecko: { id: 'banso-karte@banso-karte.jp', data_collection_permissions: DATA_COLLECTION } } }
      : { key: MANIFEST_KEY }),
    // Firefox's sidebar needs no permission (WXT turns the sidepanel entrypoint into sidebar_action).
    permissions: [
      'storage',
      'contextMenus',
      'activeTab',
      'alarms',
      'notifications',
      // Portal linking reads an external ID from the page beside the open side panel (site rules).
      'scripting',
      ...(firefox ? [] : ['sidePanel']),
      // An offscreen document holds the search index between side panel opens (Chromium only).
      ...(firefox ? [] : ['offscreen']),
      ...(mv2 ? localApi : []),
    ],
    ...(mv2
      ? { optional_permissions: ANY_SITE }
      : { optional_host_permissions: ANY_SITE, ...(localApi.length > 0 && { host_permissions: localApi }) }),
    [mv2 ? 'browser_action' : 'action']: { default_title: '__MSG_actionTitle__' },
    commands: {
      [mv2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
        description: '__MSG_commandQuickCapture__',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
  };
}
