/**
 * Browser bundle sizes (minified + gzip level 9) made with esbuild the same way for both clients: an entry that
 * re-exports the whole package, bundled for `platform: 'browser'`. `apify-client`'s main entry is Node-only (its
 * `import` condition precedes `browser` and pulls in axios' Node adapter, `fs`, `crypto`, ...), so it is bundled
 * from its browser entry `apify-client/browser`: the package's own pre-built `dist/bundle.js`, which esbuild then
 * minifies again; that published file is also reported as shipped.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface BundleSize {
  what: string;
  how: string;
  minBytes: number;
  gzipBytes: number;
}

async function bundleOf(pkg: string): Promise<{ min: Uint8Array; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export * from '${pkg}';`, resolveDir: PACKAGE_DIR, loader: 'js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
  });
  const min = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { min, inputs: Object.keys(result.metafile.inputs) };
}

const gzip = (bytes: Uint8Array) => gzipSync(bytes, { level: 9 }).byteLength;

export async function bundleSizes(): Promise<BundleSize[]> {
  const ours = await bundleOf('@apify-runs/client');
  const theirs = await bundleOf('apify-client/browser');
  const theirEntry = theirs.inputs.find((input) => input.includes('apify-client')) ?? '?';
  const require = createRequire(join(PACKAGE_DIR, 'package.json'));
  const published = readFileSync(join(dirname(require.resolve('apify-client/package.json')), 'dist/bundle.js'));
  return [
    {
      what: '@apify-runs/client',
      how: 'esbuild, `export * from "@apify-runs/client"` (workspace build), browser, minified (openapi-fetch included)',
      minBytes: ours.min.byteLength,
      gzipBytes: gzip(ours.min),
    },
    {
      what: 'apify-client',
      how: `esbuild, \`export * from "apify-client/browser"\` (its browser entry, \`${theirEntry.replace(/^.*node_modules\//, '')}\`), browser, minified`,
      minBytes: theirs.min.byteLength,
      gzipBytes: gzip(theirs.min),
    },
    {
      what: 'apify-client',
      how: 'published `dist/bundle.js` as shipped',
      minBytes: published.byteLength,
      gzipBytes: gzip(published),
    },
  ];
}
