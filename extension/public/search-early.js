// Starts the search worker before the page's own code has loaded (a plain script, run as the
// page is parsed), so the search index loads meanwhile. extension/platform/search-worker.ts
// takes the worker over, with what it said before anyone listened. The worker's file name is
// fixed in wxt.config.ts (the side panel's search e2e tests run through this script).
(() => {
  const worker = new Worker('/assets/search-worker.js', { type: 'module', name: 'search' });
  const heard = [];
  const listen = (e) => heard.push(e.data);
  worker.addEventListener('message', listen);
  globalThis.__bansoEarlySearchWorker = { worker, heard, stop: () => worker.removeEventListener('message', listen) };
})();
