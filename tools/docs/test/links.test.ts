import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guides, SITE_BUDGET_BYTES, siteDir, spec30Path, specPath, typedocPackages } from '../src/paths.js';
import { siteSize } from '../src/site-size.js';
import { readSpec, specOperations } from '../src/spec.js';
import { brokenLinks, REFERENCE_PAGE, remoteLoads, siteFiles } from './site-files.js';

// The built site without a browser: its files, links, size and that nothing loads from another host.
let files: string[] = [];
beforeAll(() => {
  if (!existsSync(path.join(siteDir, 'index.html')))
    throw new Error(`no site in ${siteDir}: run \`pnpm run docs\` first`);
  files = siteFiles();
});

const tagPage = (tag: string) =>
  `api/@apify-runs/types/operations/${tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}.html`;

describe('the built site', () => {
  it('has the home page, every guide, the HTTP reference, each package reference and a page per tag', () => {
    const tags = [...new Set(specOperations().map((op) => op.tag))];
    const expected = [
      'index.html',
      '404.html',
      REFERENCE_PAGE,
      'reference/openapi.json',
      'reference/openapi-3.0.json',
      'reference/redoc.standalone.js',
      ...guides.map((slug) => `guides/${slug}.html`),
      ...typedocPackages.map((pkg) => `api/${pkg.name}/index.html`),
      ...['paths', 'operations', 'components'].map((name) => `api/@apify-runs/types/interfaces/${name}.html`),
      ...tags.map(tagPage),
    ];
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  });

  it('documents each generated type once and small: no page over 400 kB, every operation on its tag page', () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    const big = pages.filter((file) => readFileSync(path.join(siteDir, file)).length > 400_000);
    expect(big).toEqual([]);
    const missing = specOperations().filter(
      (op) => !readFileSync(path.join(siteDir, tagPage(op.tag)), 'utf8').includes(`id="${op.operationId}"`),
    );
    expect(missing.map((op) => op.operationId)).toEqual([]);
    // The client re-exports the types package: those names are documented there, not again under the client.
    expect(
      files.filter((file) => /^api\/@apify-runs\/client\/.*\/(paths|operations|components)\.html$/.test(file)),
    ).toEqual([]);
  });

  it('hides the internals of the client: no private or protected members', () => {
    const client = readFileSync(path.join(siteDir, 'api/@apify-runs/client/interfaces/RunClient.html'), 'utf8');
    for (const internal of ['core', 'locator', 'call']) expect(client).not.toMatch(new RegExp(`id="${internal}"`));
  });

  it('links from the home page to every part of the site', () => {
    const index = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const linked = new Set(
      [...index.matchAll(/\shref="([^"#]+)/g)].map(([, href = '']) =>
        href.replace(/^\.?\//, '').replace(/\/$/, '/index.html'),
      ),
    );
    const targets = [
      REFERENCE_PAGE,
      ...guides.map((slug) => `guides/${slug}.html`),
      ...typedocPackages.map((pkg) => `api/${pkg.name}/index.html`),
    ];
    expect(targets.filter((target) => !linked.has(target))).toEqual([]);
  });

  it(`stays within ${SITE_BUDGET_BYTES / 1e6} MB`, () => {
    const { bytes } = siteSize();
    console.log(`site: ${(bytes / 1e6).toFixed(2)} MB in ${files.length} files`);
    expect(bytes).toBeLessThanOrEqual(SITE_BUDGET_BYTES);
  });

  it('has no broken link or anchor in its static pages', () => {
    expect(brokenLinks(files)).toEqual([]);
  });

  it('loads nothing from another host', () => {
    expect(remoteLoads(files)).toEqual([]);
    const redoc = readFileSync(path.join(siteDir, 'reference/redoc.standalone.js'), 'utf8');
    expect(redoc.includes('cdn.redoc.ly'), 'Redoc still points at its CDN').toBe(false);
  });

  it('serves the spec the reference is built from, and its 3.0 copy', () => {
    expect(readFileSync(path.join(siteDir, 'reference/openapi.json'), 'utf8')).toBe(readFileSync(specPath, 'utf8'));
    expect(readFileSync(path.join(siteDir, 'reference/openapi-3.0.json'), 'utf8')).toBe(
      readFileSync(spec30Path, 'utf8'),
    );
    expect(readSpec().info.title).not.toBe('');
  });
});
