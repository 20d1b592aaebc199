import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
/** Size budget of the minified + gzipped browser bundle (openapi-fetch included). */
const GZIP_BUDGET_BYTES = 15 * 1024;

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
      `@apify-runs/client browser bundle: ${(code.byteLength / 1024).toFixed(1)} kB minified, ` +
        `${(gzipped / 1024).toFixed(1)} kB minified+gzip (budget ${GZIP_BUDGET_BYTES / 1024} kB)`,
    );
    expect(code.byteLength).toBeGreaterThan(1_000);
    expect(gzipped).toBeLessThan(GZIP_BUDGET_BYTES);
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
