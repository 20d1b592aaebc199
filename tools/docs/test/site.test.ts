import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guides, siteDir, specPath, typedocPackages } from '../src/paths.js';

// The built site in Debian's Chromium (never a downloaded browser), served from 127.0.0.1 only.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/** A static file server for `site/` on 127.0.0.1, a free port. */
function serveSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(siteDir, pathname);
    if (!file.startsWith(siteDir)) file = siteDir; // no escaping the folder
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` });
    });
  });
}

interface Visit {
  page: Page;
  /** Requests to any host but 127.0.0.1 (all aborted), console errors, uncaught errors and failed loads. */
  problems: string[];
}

let browser: Browser;
let server: Server;
let origin: string;

/** Opens a site path in a fresh page that records every request off 127.0.0.1, console error and failed load. */
async function visit(sitePath: string): Promise<Visit> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (url.hostname !== '127.0.0.1') {
      problems.push(`request off 127.0.0.1: ${url.href}`);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  const response = await page.goto(`${origin}/${sitePath}`, { waitUntil: 'load' });
  expect(response?.status(), sitePath).toBe(200);
  return { page, problems };
}

beforeAll(async () => {
  if (!existsSync(path.join(siteDir, 'index.html'))) throw new Error(`no site in ${siteDir}: run \`pnpm docs\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (never a download)`);
  ({ server, origin } = await serveSite());
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

interface Operation {
  operationId: string;
  summary: string;
}

function specOperations(): Operation[] {
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; summary?: string }>>;
  };
  return Object.values(spec.paths).flatMap((item) =>
    Object.values(item)
      .filter((op) => typeof op === 'object' && op !== null && typeof op.operationId === 'string')
      .map((op) => ({ operationId: op.operationId as string, summary: op.summary ?? '' })),
  );
}

describe('API reference (Redoc)', () => {
  it('renders every operation of the spec, offline and without errors', async () => {
    const operations = specOperations();
    expect(operations.length).toBeGreaterThan(70);
    // Redoc routes an operation as `#/<tag>/<operationId in lower case>`: the ids must stay distinct that way.
    const routeIds = new Set(operations.map((op) => op.operationId.toLowerCase()));
    expect(routeIds.size).toBe(operations.length);

    const { page, problems } = await visit('reference/index.html');
    await page.locator('nav a[href="/section/authentication"], a[href="/section/authentication"]').first().waitFor();
    // The sidebar lists a tag's operations once the tag is open: open every tag (top-level routes, not sections).
    const tagRoutes = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="/"]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((href) => /^\/[^/]+$/.test(href)),
    );
    expect(tagRoutes.length).toBeGreaterThan(5);
    // Opening a tag closes the others, so collect each tag's operation links while it is open.
    const rendered = new Map<string, { href: string; text: string }>();
    for (const route of new Set(tagRoutes)) {
      await page.locator(`a[href="${route}"]`).first().click();
      await page.locator(`a[href^="#${route}/"]`).first().waitFor();
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('a[href^="#/"]')].map((a) => ({
          href: a.getAttribute('href') ?? '',
          text: a.textContent ?? '',
        })),
      );
      for (const link of links) {
        const id = /^#\/[^/#]+\/([^/#]+)$/.exec(link.href)?.[1];
        // The sidebar entry (summary and method) comes first; later links are headings with the path.
        if (id && !rendered.has(id)) rendered.set(id, link);
      }
    }
    const missing = operations.filter((op) => !rendered.has(op.operationId.toLowerCase())).map((op) => op.operationId);
    expect(missing).toEqual([]);
    for (const op of operations) expect(rendered.get(op.operationId.toLowerCase())?.text).toContain(op.summary);

    // One operation in full, for the screenshot: its request, responses and samples.
    const sample = operations.find((op) => op.operationId === 'actorRun_dataset_items_get') ?? operations[0];
    const sampleHref = rendered.get(sample?.operationId.toLowerCase() ?? '')?.href ?? '';
    await page.goto(`${origin}/reference/index.html${sampleHref}`, { waitUntil: 'load' });
    await page.getByRole('heading', { name: sample?.summary }).first().waitFor();
    // Rendered (fonts in, two frames painted) rather than a fixed pause before the screenshot.
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    await page.screenshot({ path: path.join(siteDir, 'reference.png') });
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('guides, index and TypeDoc', () => {
  const pages = [
    'index.html',
    ...guides.map((slug) => `guides/${slug}.html`),
    ...typedocPackages.map((pkg) => `api/${pkg.dir}/index.html`),
  ];
  it.each(pages)('%s loads offline without errors', async (sitePath) => {
    const { page, problems } = await visit(sitePath);
    await expect(page.locator('h1').first().textContent()).resolves.not.toBe('');
    const cssApplied = await page.evaluate(
      () => document.styleSheets.length > 0 && getComputedStyle(document.body).margin === '0px',
    );
    expect(cssApplied).toBe(true);
    await page.close();
    expect(problems).toEqual([]);
  });
});
