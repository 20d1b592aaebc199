// Builds dist/: one ESM bundle per entry point (esbuild; measured to import several times faster than the
// per-module output of tsc, see tools/bench/RESULTS.md) and the declarations (tsc). Dependencies stay external,
// so an application bundles them once. The error classes live in one module of their own, dist/errors.js, that
// every entry point imports, so there is one copy of each class: an error thrown through `@apify-runs/client/raw`,
// `/urls`, `/worker` or `/download` is `instanceof` the classes of the main entry. Everything else an entry point
// needs is bundled into it, so the main entry is two files to load (not nine chunks) and a subpath loads only
// itself and the error classes; what a subpath shares with the main entry (encoders, a transport for `/raw`) is
// a copy in its own file.
// src/node.ts (`@apify-runs/client/node`: createNodeFetch, on undici) is the one Node-only entry point; `undici` stays
// an import, an optional peer dependency that only users of that subpath install.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
// The web entries are checked without Node's types, the Node transport with them.
for (const project of ['tsconfig.build.json', 'tsconfig.node.json']) {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', project, '--emitDeclarationOnly'], { stdio: 'inherit' });
}

const ERRORS = resolve('src/errors.ts');
/** Every import of src/errors.ts but the entry point itself becomes `./errors.js`, the one shared module. */
const sharedErrors = {
  name: 'shared-errors',
  setup(builder) {
    builder.onResolve({ filter: /errors\.js$/ }, (args) => {
      if (args.kind === 'entry-point') return undefined;
      const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
      return target === ERRORS ? { path: './errors.js', external: true } : undefined;
    });
  },
};

await build({
  entryPoints: [
    'src/index.ts',
    'src/errors.ts',
    'src/raw.ts',
    'src/urls.ts',
    'src/node.ts',
    'src/worker.ts',
    'src/download.ts',
  ],
  outdir: 'dist',
  bundle: true,
  plugins: [sharedErrors],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  sourcesContent: false,
  external: ['openapi-fetch', '@apify-runs/types', 'undici', 'node:*'],
  logLevel: 'warning',
});
