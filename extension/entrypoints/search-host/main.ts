import { holdSearchWorker } from '../../platform/search-worker';

// The offscreen document the background opens (platform/search-host.ts): wiring only. While it
// is open the shared search worker, and the index loaded in it, outlive every side panel.
Object.assign(globalThis, { searchWorker: holdSearchWorker() });
