/**
 * Compiles the benchmark processes' TypeScript to plain JavaScript in `dist/` (esbuild, one file per source, nothing
 * inlined), so every measured process starts with plain `node` and no TypeScript loader skews its start-up time,
 * module loading or memory. Imports stay as they are and resolve from this package's `node_modules`, except the
 * packages in `THROUGH_CLIENT`.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

const SRC = fileURLToPath(new URL('.', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/** `@apify-runs/client`'s package directory (the workspace package, through this package's `node_modules`). */
export const CLIENT_DIR = realpathSync(fileURLToPath(new URL('../node_modules/@apify-runs/client', import.meta.url)));

/**
 * Imported from where `@apify-runs/client` resolves them: the "openapi-fetch alone" runners measure the very
 * openapi-fetch the client is built on, not a copy of their own (`tsconfig.json` maps the types the same way).
 */
export const THROUGH_CLIENT = /^openapi-fetch$/;

/**
 * Leaves every import as written (like `bundle: false`), but rewrites those in `THROUGH_CLIENT` to the file URL of
 * the module `@apify-runs/client` would load (its ESM entry), so plain `node` finds them.
 */
const RESOLVING = Symbol('through-client');
const throughClient: Plugin = {
  name: 'through-client',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      // Entry points, and the resolution below (which runs this callback again), go to esbuild's own resolver.
      if (args.kind === 'entry-point' || args.pluginData === RESOLVING) return undefined;
      if (!THROUGH_CLIENT.test(args.path)) return { path: args.path, external: true };
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: CLIENT_DIR, pluginData: RESOLVING });
      if (resolved.errors.length > 0) throw new Error(`${args.path} does not resolve from ${CLIENT_DIR}`);
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

export async function compileProcesses(): Promise<void> {
  const entries = [
    'harness.ts',
    'ours-adapter.ts',
    'raw-adapter.ts',
    'static-server.ts',
    ...['runners', 'cold'].flatMap((dir) =>
      readdirSync(join(SRC, dir))
        .filter((file) => file.endsWith('.ts'))
        .map((file) => `${dir}/${file}`),
    ),
  ];
  await build({
    entryPoints: entries.map((entry) => join(SRC, entry)),
    outdir: DIST,
    outbase: SRC,
    // Every import is external (the plugin), so this inlines nothing; it only lets the plugin see the imports.
    bundle: true,
    plugins: [throughClient],
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

export const distPath = (relative: string) => join(DIST, relative);
