// Builds dist/: one ESM bundle per entry point (esbuild; measured to import several times faster than the
// per-module output of tsc, see tools/bench/RESULTS.md) and the declarations (tsc). Dependencies stay external,
// so an application bundles them once. What several entry points share (the transport, the error classes, the
// encoders) is split into one chunk they all import, so there is one copy of each class: an error thrown through
// `@apify-runs/client/raw`, `/urls`, `/worker` or `/download` is `instanceof` the classes of the main entry.
// src/node.ts (createNodeFetch, on undici) is built for the workspace's benchmarks but not published: it missed the
// rule it ships by (at least 1.5x faster than raw fetch on W1 and W2; see tools/bench/RESULTS.md), so package.json
// neither exports nor packs it.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
// The web entries are checked without Node's types, the Node transport with them.
for (const project of ['tsconfig.build.json', 'tsconfig.node.json']) {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', project, '--emitDeclarationOnly'], { stdio: 'inherit' });
}
await build({
  entryPoints: ['src/index.ts', 'src/raw.ts', 'src/urls.ts', 'src/node.ts', 'src/worker.ts', 'src/download.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'shared-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  sourcesContent: false,
  external: ['openapi-fetch', '@apify-runs/types', 'undici', 'node:*'],
  logLevel: 'warning',
});
