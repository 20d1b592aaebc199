import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromiumLaunchOptions } from '@apify-runs/tool-kit/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guides, siteDir } from '../src/paths.js';
import { specOperations } from '../src/spec.js';

// The built site in Debian's Chromium (never a downloaded browser), served from 127.0.0.1 only. The crawl starts at
// the home page and follows every internal link:
// - every page (every distinct URL without its fragment, which is all a server sees) is opened directly in a new tab,
//   as a bookmark or a shared link would open it: it must answer 200 and render without a console error, a failed
//   load or a request to another host; files that are not pages (the spec) must answer 200;
// - every `#anchor` linked anywhere must be the id of an element of its page as that page renders when opened
//   directly (Redoc's sections included);
// - landing on an anchor is checked by opening anchor URLs directly: every tag and section link into the HTTP
//   reference and the first operation link of each tag (Redoc routes them itself, the same way for each operation),
//   and one anchor of every other page (there the browser scrolls, the same way for every anchor). Opening each of the
//   ~1,800 anchors in a tab of its own would take half an hour on this machine and check nothing more.
/** Tabs open at once: the crawl is mostly waiting for pages to render. */
const TABS = 3;
const VIEWPORT = { width: 1280, height: 900 };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** A static file server for `site/` on 127.0.0.1, a free port; a missing file is a 404, as on any static host. */
function serveSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = path.join(siteDir, pathname);
    if (!file.startsWith(siteDir)) file = siteDir;
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

let browser: Browser;
let server: Server;
let origin: string;

beforeAll(async () => {
  if (!existsSync(path.join(siteDir, 'index.html')))
    throw new Error(`no site in ${siteDir}: run \`pnpm run docs\` first`);
  const launch = chromiumLaunchOptions();
  ({ server, origin } = await serveSite());
  browser = await chromium.launch(launch);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

const isReference = (pathname: string) => pathname === '/reference/' || pathname === '/reference/index.html';

interface Opened {
  page: Page;
  status: number | undefined;
  /** Requests to any host but 127.0.0.1 (all aborted), console errors, uncaught errors and failed loads. */
  problems: string[];
}

/** Opens a URL of the site in a new tab and waits until it has rendered (Redoc included). */
async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  const problems: string[] = [];
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.protocol === 'data:' || target.protocol === 'blob:' || target.hostname === '127.0.0.1') {
      return route.continue();
    }
    problems.push(`request off 127.0.0.1: ${target.href}`);
    return route.abort('blockedbyclient');
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  if (isReference(new URL(url).pathname)) {
    await page.locator('.redoc-host[data-state="ready"]').waitFor({ timeout: 60_000 });
  } else {
    await page.locator('#app .Layout').waitFor({ timeout: 30_000 });
  }
  return { page, status: response?.status(), problems };
}

/** Same-origin links of a rendered page, as absolute URLs without a query. */
async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page.evaluate(() =>
    [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
  );
  return hrefs
    .map((href) => new URL(href))
    .filter((url) => url.origin === origin)
    .map((url) => `${url.origin}${url.pathname}${url.hash}`);
}

/** Runs `work` over `items`, `TABS` at a time. */
async function inTabs<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: TABS }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

const isPage = (pathname: string) => pathname.endsWith('/') || pathname.endsWith('.html');

describe('the site in Chromium', () => {
  const problems: string[] = [];
  /** Every internal URL found, with the page it was found on. */
  const found = new Map<string, string>();
  const pages = new Set<string>();
  /** The ids of each page as it rendered when opened directly. */
  const ids = new Map<string, Set<string>>();

  it('opens every page it links to directly, with no 404, error or request to another host', async () => {
    const toVisit = [`${origin}/`];
    pages.add('/');
    while (toVisit.length > 0) {
      const batch = toVisit.splice(0);
      await inTabs(batch, async (url) => {
        const { page, status, problems: pageProblems } = await open(url);
        const where = new URL(url).pathname;
        if (status !== 200) problems.push(`${where}: status ${status}`);
        problems.push(...pageProblems.map((problem) => `${where}: ${problem}`));
        ids.set(where, new Set(await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id))));
        for (const link of await internalLinks(page)) {
          if (!found.has(link)) found.set(link, where);
          const { pathname } = new URL(link);
          if (isPage(pathname) && !pages.has(pathname)) {
            pages.add(pathname);
            toVisit.push(`${origin}${pathname}`);
          }
        }
        await page.close();
      });
    }
    // Files that are not pages (the spec, Redoc's bundle): fetched as a download would be.
    for (const [link, from] of found) {
      const { pathname } = new URL(link);
      if (isPage(pathname)) continue;
      const response = await fetch(link);
      if (response.status !== 200) problems.push(`${pathname} (linked from ${from}): status ${response.status}`);
      await response.body?.cancel();
    }
    console.log(`crawled ${pages.size} pages, ${found.size} internal links`);
    expect(problems).toEqual([]);
    // The crawl reached every guide, the reference and the per-tag pages of the generated types.
    for (const slug of guides) expect(pages).toContain(`/guides/${slug}.html`);
    expect([...pages].some(isReference)).toBe(true);
    expect([...pages].filter((p) => p.startsWith('/api/@apify-runs/types/operations/')).length).toBeGreaterThan(5);
  }, 900_000);

  it('has every linked #anchor on its page, and lands on anchors opened directly', async () => {
    expect(found.size).toBeGreaterThan(0);
    const problems: string[] = [];
    const anchors = [...found.keys()].map((link) => new URL(link)).filter((url) => url.hash.length > 1);
    for (const url of anchors) {
      const id = decodeURIComponent(url.hash.slice(1));
      const pageIds = ids.get(url.pathname);
      if (!pageIds?.has(id))
        problems.push(`${url.pathname}${url.hash} (linked from ${found.get(url.href)}): no such id`);
    }

    const firstPerPage = new Map<string, URL>();
    for (const url of anchors.sort((a, b) => a.href.localeCompare(b.href))) {
      if (!isReference(url.pathname) && !firstPerPage.has(url.pathname)) firstPerPage.set(url.pathname, url);
    }
    const redocRoutes = anchors.filter(
      (url) => isReference(url.pathname) && /^#(tag\/[^/]+(\/operation\/[^/]+)?|section\/[^/]+)$/.test(url.hash),
    );
    const firstPerTag = new Map<string, URL>();
    for (const url of redocRoutes) {
      const [, tag = '', operation] = /^#tag\/([^/]+)(\/operation\/.+)?$/.exec(url.hash) ?? [];
      if (operation && !firstPerTag.has(tag)) firstPerTag.set(tag, url);
    }
    const redocDirect = [...redocRoutes.filter((url) => !url.hash.includes('/operation/')), ...firstPerTag.values()];
    const direct = [...new Map([...redocDirect, ...firstPerPage.values()].map((url) => [url.href, url])).values()];
    await inTabs(direct, async (url) => {
      const id = decodeURIComponent(url.hash.slice(1));
      const { page, problems: pageProblems } = await open(url.href);
      // The element is there and was scrolled to: near the top, below the fixed navigation bar, or on screen with the
      // page scrolled as far as it goes (a heading near the end of a short page). Redoc may still be scrolling: poll.
      let where: { y: number; atBottom: boolean } | null = null;
      let landed = false;
      for (let attempt = 0; attempt < 20 && !landed; attempt += 1) {
        where = await page.evaluate((target) => {
          const element = document.getElementById(target);
          if (!element) return null;
          const { documentElement } = document;
          const atBottom = window.scrollY + window.innerHeight >= documentElement.scrollHeight - 2;
          return { y: element.getBoundingClientRect().top, atBottom };
        }, id);
        landed = where !== null && where.y > -2 && (where.y < 450 || (where.atBottom && where.y < VIEWPORT.height));
        if (!landed) await page.waitForTimeout(250);
      }
      if (!where) problems.push(`${url.pathname}${url.hash}: opened directly, no element with that id`);
      else if (!landed)
        problems.push(`${url.pathname}${url.hash}: opened directly, not scrolled to (y=${Math.round(where.y)})`);
      problems.push(...pageProblems.map((problem) => `${url.pathname}${url.hash}: ${problem}`));
      await page.close();
    });
    console.log(`${anchors.length} anchors checked on their pages; ${direct.length} opened directly`);
    expect(firstPerTag.size).toBe(new Set(specOperations().map((op) => op.tag)).size);
    expect(redocRoutes.length).toBeGreaterThan(80);
    expect(problems).toEqual([]);
  }, 1_200_000);

  it('has every operation of the spec in the HTTP reference, each with a working deep link from the types pages', () => {
    const operations = specOperations();
    const linked = new Set(
      [...found.keys()]
        .filter((link) => isReference(new URL(link).pathname))
        .map((link) => decodeURIComponent(new URL(link).hash)),
    );
    const missing = operations.filter(
      (op) => ![...linked].some((hash) => hash.endsWith(`/operation/${op.operationId}`)),
    );
    expect(missing.map((op) => op.operationId)).toEqual([]);
  });
});
