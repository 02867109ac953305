import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { manifestFor } from './extension/manifest';
import { pageChunks } from './scripts/page-chunks';

// WXT reads the extension from extension/ (house layout); output goes to .output/<browser>-mv<n>,
// whatever the mode: a development build (`npm run build:dev`, the production bundle with the
// local API granted, extension/manifest.ts) lands where `npm start`, the e2e tests and the
// benchmarks load it, instead of WXT's default `-dev` folder.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  outDirTemplate: '{{browser}}-mv{{manifestVersion}}',
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
  manifest: manifestFor,
});
