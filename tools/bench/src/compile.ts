/**
 * Compiles the benchmark processes' TypeScript to plain JavaScript in `dist/` (esbuild, one file per source, no
 * bundling), so every measured process starts with plain `node` and no TypeScript loader skews its start-up time,
 * module loading or memory. Imports stay as they are and resolve from this package's `node_modules`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SRC = fileURLToPath(new URL('.', import.meta.url));
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

export async function compileProcesses(): Promise<void> {
  const entries = [
    'harness.ts',
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
    bundle: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}

export const distPath = (relative: string) => join(DIST, relative);
