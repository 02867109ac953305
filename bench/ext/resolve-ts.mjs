import { registerHooks } from 'node:module';

/**
 * Lets Node (which runs the harness by stripping types) load the extension's own TypeScript
 * modules, whose relative imports name no extension (`./ja-karte`) as Vite and TypeScript
 * allow: a relative import not found as written is tried again with `.ts`, then `.tsx`, and a
 * folder's import (`../../shared`) as its `index.ts`.
 * Used as `node --import ./bench/ext/resolve-ts.mjs bench/ext/run.ts`.
 */
registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      const relative = specifier.startsWith('./') || specifier.startsWith('../');
      const missing = error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'ERR_UNSUPPORTED_DIR_IMPORT';
      if (!relative || !missing || /\.[cm]?[jt]sx?$/.test(specifier)) throw error;
      for (const ext of ['.ts', '.tsx', '/index.ts']) {
        try {
          return nextResolve(specifier + ext, context);
        } catch {
          // not this extension either: try the next, then report the original error
        }
      }
      throw error;
    }
  },
});
