import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
/** The main entry's budget, read from `.size-limit.json` so there is one figure (its limit, e.g. `11.5 KiB`). */
function mainEntryBudgetBytes(): number {
  const entries = JSON.parse(readFileSync(new URL('../.size-limit.json', import.meta.url), 'utf8')) as {
    path?: string;
    limit: string;
  }[];
  const limit = entries.find((entry) => entry.path === 'dist/index.js')?.limit ?? '';
  const match = /^(\d+(?:\.\d+)?) KiB$/.exec(limit);
  if (!match) throw new Error(`.size-limit.json: the dist/index.js limit ${JSON.stringify(limit)} is not "<n> KiB"`);
  return Number(match[1]) * 1024;
}
const GZIP_BUDGET_BYTES = mainEntryBudgetBytes();

const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every import of a Node built-in (`node:fs`, `buffer`, `stream`, ...) instead of failing on the first. */
function recordNodeBuiltins(found: Set<string>): Plugin {
  return {
    name: 'record-node-builtins',
    setup(builder) {
      builder.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/\/.*$/, '');
        if (!nodeBuiltins.has(args.path) && !nodeBuiltins.has(bare)) return undefined;
        found.add(`${args.path} (from ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

describe('the main entry in a browser bundle', () => {
  it('builds for the browser with no Node built-ins and stays under the size budget', async () => {
    const builtins = new Set<string>();
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      minify: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      logLevel: 'silent',
      metafile: true,
      plugins: [recordNodeBuiltins(builtins)],
    });
    expect(result.errors).toEqual([]);
    expect([...builtins]).toEqual([]);
    // Nothing slipped through as an unresolved external either.
    const output = Object.values(result.metafile.outputs)[0];
    expect(output?.imports.filter((i) => i.external)).toEqual([]);

    const code = result.outputFiles[0]?.contents ?? new Uint8Array();
    const gzipped = gzipSync(code, { level: 9 }).byteLength;
    console.log(
      `@apify-runs/client browser bundle: ${(code.byteLength / 1024).toFixed(1)} KiB minified, ` +
        `${(gzipped / 1024).toFixed(2)} KiB minified+gzip (budget ${GZIP_BUDGET_BYTES / 1024} KiB)`,
    );
    expect(code.byteLength).toBeGreaterThan(1_000);
    expect(gzipped).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it('fails the check when a Node built-in is imported (the guard itself works)', async () => {
    const builtins = new Set<string>();
    await build({
      stdin: { contents: "import { Buffer } from 'node:buffer'; import 'stream'; export const b = Buffer;" },
      bundle: true,
      write: false,
      platform: 'browser',
      logLevel: 'silent',
      plugins: [recordNodeBuiltins(builtins)],
    });
    expect([...builtins].map((b) => b.split(' ')[0])).toEqual(['node:buffer', 'stream']);
  });
});
