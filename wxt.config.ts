import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// WXT reads the extension from extension/ (house layout); output goes to .output/<browser>-mv3.
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    default_locale: 'ja',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
  },
});
