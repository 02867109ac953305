import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * Bundles a TypeScript entry of the project into one ES module and imports it, so the code runs
 * as the extension's build runs it (module-runner imports cost several times more per call).
 */
export async function importBundled<T>(entry: string): Promise<T> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'banso-bench-'));
  try {
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      ssr: { noExternal: true },
      build: {
        outDir,
        emptyOutDir: false,
        minify: false,
        target: 'es2022',
        ssr: true,
        rollupOptions: { input: path.join(root, entry), output: { format: 'es', entryFileNames: 'entry.mjs' } },
      },
    });
    return (await import(pathToFileURL(path.join(outDir, 'entry.mjs')).href)) as T;
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
