import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { guides, siteDir, spec30Path, specPath, typedocPackages } from '../src/paths.js';
import { brokenLinks, REFERENCE_PAGE, remoteLoads, siteFiles } from './site-files.js';

// Fast checks of the built site without a browser; `pnpm docs` builds it (turbo runs it before this test).
let files: string[] = [];
beforeAll(() => {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error(`no site in ${siteDir}: run \`pnpm docs\` first`);
  files = siteFiles();
});

describe('the built site', () => {
  it('has the index, every guide, the API reference and each TypeDoc reference', () => {
    const expected = [
      'index.html',
      'style.css',
      REFERENCE_PAGE,
      'reference/openapi.json',
      'reference/openapi-3.0.json',
      ...guides.map((slug) => `guides/${slug}.html`),
      ...typedocPackages.map((pkg) => `api/${pkg.dir}/index.html`),
    ];
    expect(expected.filter((file) => !files.includes(file))).toEqual([]);
  });

  it('links from the index to every part of the site', () => {
    const index = readFileSync(path.join(siteDir, 'index.html'), 'utf8');
    const targets = [
      REFERENCE_PAGE,
      ...guides.map((slug) => `guides/${slug}.html`),
      ...typedocPackages.map((pkg) => `api/${pkg.dir}/index.html`),
    ];
    expect(targets.filter((target) => !index.includes(`href="${target}"`))).toEqual([]);
  });

  it('has no broken relative link or anchor', () => {
    expect(brokenLinks(files)).toEqual([]);
  });

  it('loads nothing from another host', () => {
    expect(remoteLoads(files)).toEqual([]);
  });

  it('serves the spec the reference was built from (and its 3.0 copy), with Redoc inlined and its telemetry off', () => {
    expect(readFileSync(path.join(siteDir, 'reference/openapi.json'), 'utf8')).toBe(readFileSync(specPath, 'utf8'));
    expect(readFileSync(path.join(siteDir, 'reference/openapi-3.0.json'), 'utf8')).toBe(
      readFileSync(spec30Path, 'utf8'),
    );
    const html = readFileSync(path.join(siteDir, REFERENCE_PAGE), 'utf8');
    expect(html).toContain('"disableTelemetry":true');
    expect(html).not.toMatch(/import \{ hydrate \} from "http/);
    expect(html).not.toContain('cdn.redoc.ly');
  });
});
