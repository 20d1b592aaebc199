/**
 * Browser bundle sizes (minified + gzip level 9) made with esbuild the same way for every package: an entry that
 * re-exports the whole package, bundled for `platform: 'browser'`. Ours is its main entry (`@apify-runs/client`);
 * its `/raw` subpath (the openapi-fetch client on our transport) is a separate entry and reported separately;
 * openapi-fetch alone is the one the client is built on. `apify-client`'s main entry is Node-only (its
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
import { CLIENT_DIR } from './compile.js';

const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));

export interface BundleSize {
  /** A column id of the summary (`ours`, `openapi-fetch`, `apify-client`) or an extra row's id. */
  id: 'ours' | 'ours-raw' | 'openapi-fetch' | 'apify-client' | 'apify-client-published';
  what: string;
  how: string;
  minBytes: number;
  gzipBytes: number;
}

async function bundleOf(pkg: string, resolveDir = PACKAGE_DIR): Promise<{ min: Uint8Array; inputs: string[] }> {
  const result = await build({
    stdin: { contents: `export * from '${pkg}';`, resolveDir, loader: 'js' },
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
  const oursRaw = await bundleOf('@apify-runs/client/raw');
  const openapiFetch = await bundleOf('openapi-fetch', CLIENT_DIR);
  const theirs = await bundleOf('apify-client/browser');
  const theirEntry = theirs.inputs.find((input) => input.includes('apify-client')) ?? '?';
  const require = createRequire(join(PACKAGE_DIR, 'package.json'));
  const published = readFileSync(join(dirname(require.resolve('apify-client/package.json')), 'dist/bundle.js'));
  return [
    {
      id: 'ours',
      what: '@apify-runs/client',
      how: 'esbuild, `export * from "@apify-runs/client"` (main entry, workspace build), browser, minified, all it imports',
      minBytes: ours.min.byteLength,
      gzipBytes: gzip(ours.min),
    },
    {
      id: 'ours-raw',
      what: '@apify-runs/client/raw',
      how: 'the same, `export * from "@apify-runs/client/raw"` (a separate entry: openapi-fetch on our transport)',
      minBytes: oursRaw.min.byteLength,
      gzipBytes: gzip(oursRaw.min),
    },
    {
      id: 'openapi-fetch',
      what: 'openapi-fetch',
      how: 'the same, `export * from "openapi-fetch"` (the version @apify-runs/client depends on)',
      minBytes: openapiFetch.min.byteLength,
      gzipBytes: gzip(openapiFetch.min),
    },
    {
      id: 'apify-client',
      what: 'apify-client',
      how: `esbuild, \`export * from "apify-client/browser"\` (its browser entry, \`${theirEntry.replace(/^.*node_modules\//, '')}\`), browser, minified`,
      minBytes: theirs.min.byteLength,
      gzipBytes: gzip(theirs.min),
    },
    {
      id: 'apify-client-published',
      what: 'apify-client (published)',
      how: 'published `dist/bundle.js` as shipped',
      minBytes: published.byteLength,
      gzipBytes: gzip(published),
    },
  ];
}
