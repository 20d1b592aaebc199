// Builds dist/: one ESM bundle per entry point (esbuild; measured to import several times faster than the
// per-module output of tsc, see tools/bench/RESULTS.md) and the declarations (tsc). Dependencies stay external,
// so an application bundles them once.

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
  entryPoints: ['src/index.ts', 'src/raw.ts'],
  outdir: 'dist',
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  sourcemap: true,
  sourcesContent: false,
  external: ['openapi-fetch', '@apify-runs/types'],
  logLevel: 'warning',
});
