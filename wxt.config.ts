import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { MANIFEST_KEY } from './extension/manifest-key';
import { pageChunks } from './scripts/page-chunks';

/** The local API `npm start` runs; a real server's origin is asked for at run time (options page). */
const LOCAL_API = ['http://127.0.0.1:8787/*', 'http://localhost:8787/*'];
const ANY_SITE = ['https://*/*', 'http://*/*'];

// WXT reads the extension from extension/ (house layout); output goes to .output/<browser>-mv<n>.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  publicDir: 'extension/public',
  vite: (env) => ({
    plugins: [preact(), pageChunks()],
    // Every browser we build for supports <link rel="modulepreload">: no polyfill on each page.
    build: { modulePreload: { polyfill: false } },
    // The search worker (extension/workers/) is an ES module worker. Its file name has no hash:
    // extension/public/search-early.js starts it by name before a page's own code has loaded.
    worker: { format: 'es' as const, rollupOptions: { output: { entryFileNames: 'assets/[name].js' } } },
    // Dexie's ES2018 build is ~3 KB gzip smaller than its ES5 default (tests keep the default).
    resolve: env.command === 'build' ? { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] } : {},
  }),
  // The notes never leave for the developer: they go only to the organisation's own server.
  // TODO(2026-11-25): declare gecko data_collection_permissions before listing on AMO.
  suppressWarnings: { firefoxDataCollection: true },
  manifest: ({ browser, manifestVersion }) => {
    const firefox = browser === 'firefox';
    const mv2 = manifestVersion === 2;
    return {
      default_locale: 'ja',
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      // Chrome derives the fixed id from `key`; Firefox takes its id from gecko.id instead.
      ...(firefox ? { browser_specific_settings: { gecko: { id: 'banso-karte@banso-karte.jp' } } } : { key: MANIFEST_KEY }),
      // Firefox's sidebar needs no permission (WXT turns the sidepanel entrypoint into sidebar_action).
      permissions: [
        'storage', 'contextMenus', 'activeTab', 'alarms', 'notifications',
        // Portal linking reads an external ID from the page beside the open side panel (site rules).
        'scripting',
        ...(firefox ? [] : ['sidePanel']),
        // An offscreen document holds the search index between side panel opens (Chromium only).
        ...(firefox ? [] : ['offscreen']),
        ...(mv2 ? LOCAL_API : []),
      ],
      ...(mv2 ? { optional_permissions: ANY_SITE } : { host_permissions: LOCAL_API, optional_host_permissions: ANY_SITE }),
      [mv2 ? 'browser_action' : 'action']: { default_title: '__MSG_actionTitle__' },
      commands: {
        [mv2 ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Ctrl+Shift+K', mac: 'Command+Shift+K' },
          description: '__MSG_commandQuickCapture__',
        },
      },
      content_security_policy: { extension_pages: "script-src 'self'; object-src 'self';" },
    };
  },
});
