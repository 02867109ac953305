import path from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** Builds the baseline as a second, minimal unpacked extension (dist/), so both pages load the same way. */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact()],
  logLevel: 'warn',
  build: {
    outDir: path.join(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    target: 'esnext',
    // Extension CSP forbids inline scripts; keep everything in files like WXT does.
    modulePreload: { polyfill: false },
  },
});
