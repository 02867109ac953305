// Connects to the search worker before the page's own code has loaded (a plain script, run as
// the page is parsed), so a cold index loads meanwhile. extension/platform/search-worker.ts
// takes the connection over, with what the worker said before anyone listened, and decides
// shared or not by the same test. The worker's file name is fixed in wxt.config.ts (the side
// panel's search e2e tests run through this script).
(() => {
  const url = '/assets/search-worker.js';
  const options = { type: 'module', name: 'search' };
  // Chromium: one SharedWorker for every page, held between pages by the offscreen host.
  const shared = typeof SharedWorker === 'function' && globalThis.chrome?.offscreen !== undefined;
  const port = shared ? new SharedWorker(url, options).port : new Worker(url, options);
  const heard = [];
  const listen = (e) => heard.push(e.data);
  port.addEventListener('message', listen);
  if (shared) port.start();
  globalThis.__bansoEarlySearchWorker = { port, shared, heard, stop: () => port.removeEventListener('message', listen) };
})();
