import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** Builds the karte baseline as a minimal unpacked extension (dist/), loaded beside the real one. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'esnext',
    modulePreload: { polyfill: false },
  },
});
