// Builds dist/: one ESM bundle per entry point (esbuild; measured to import several times faster than the
// per-module output of tsc, see tools/bench/RESULTS.md) and the declarations (tsc). Dependencies stay external,
// so an application bundles them once. What several entry points use (the errors, the transport) is split into a
// shared chunk, so each class exists once: an error of `@apify-runs/client/raw` or `/worker` is an instance of the
// class the main entry exports.

import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(
  process.execPath,
  [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--emitDeclarationOnly'],
  {
    stdio: 'inherit',
  },
);
await build({
  entryPoints: ['src/index.ts', 'src/raw.ts', 'src/worker.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  sourcesContent: false,
  external: ['openapi-fetch', '@apify-runs/types'],
  logLevel: 'warning',
});
