import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from '../src/paths.js';

/** Redoc's page: its anchors are made by a script, checked in the browser test instead. */
export const REFERENCE_PAGE = 'reference/index.html';
/** The site's base path (VitePress's `base`): absolute links start with it. */
const BASE = process.env.DOCS_BASE ?? '/';

/** Every file of the built site, relative to `site/`, with `/` separators. */
export function siteFiles(): string[] {
  return readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(siteDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

export interface Problem {
  file: string;
  problem: string;
}

const ATTRIBUTE = /\s(href|src)="([^"]*)"/g;
const decode = (value: string): string => value.replaceAll('&amp;', '&').replaceAll('&#x27;', "'");

/** Resolves `target` (a link, relative or from the site root) from `file` to a file of the site, or `undefined`. */
function resolveTarget(file: string, target: string): string | undefined {
  const withoutQuery = target.split(/[?#]/)[0] ?? '';
  const absolute = withoutQuery.startsWith('/')
    ? path.join(siteDir, decodeURIComponent(withoutQuery.slice(BASE.length - 1)))
    : path.resolve(siteDir, path.dirname(file), decodeURIComponent(withoutQuery));
  if (!absolute.startsWith(siteDir)) return undefined;
  if (existsSync(absolute) && statSync(absolute).isDirectory()) {
    const index = path.join(absolute, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  return existsSync(absolute) ? absolute : undefined;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1] ?? '')));
    idsCache.set(file, ids);
  }
  return ids;
}

/**
 * Links of the site's pages that do not resolve: a relative `href`/`src` to a missing file, or a `#fragment` that the
 * target page does not define. Links to other sites (`https:`, `mailto:`) are not followed.
 */
export function brokenLinks(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!file.endsWith('.html') || file === REFERENCE_PAGE) continue;
    const html = readFileSync(path.join(siteDir, file), 'utf8');
    for (const match of html.matchAll(ATTRIBUTE)) {
      const target = decode(match[2] ?? '');
      if (target === '' || target === '#' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue;
      const resolved = target.startsWith('#') ? path.join(siteDir, file) : resolveTarget(file, target);
      if (!resolved) {
        problems.push({ file, problem: `${match[1]}="${target}" points at nothing` });
        continue;
      }
      const fragment = target.split('#')[1];
      // Redoc creates its ids with a script: only the static pages can be checked here.
      const checkable = resolved.endsWith('.html') && !resolved.endsWith(path.join('reference', 'index.html'));
      if (fragment && checkable && !idsOf(resolved).has(decodeURIComponent(fragment))) {
        problems.push({ file, problem: `${match[1]}="${target}": no id "${fragment}" there` });
      }
    }
  }
  return problems;
}

/** Markup a browser would fetch from another host: scripts, stylesheets, images, frames, fonts, CSS imports. */
const REMOTE_LOADS = [
  /<(?:script|img|iframe|source|audio|video|embed|track|input)\b[^>]*\ssrc="(?:https?:)?\/\/[^"]*"/gi,
  /<link\b(?![^>]*\srel="(?:canonical|alternate|author|license)")[^>]*\shref="(?:https?:)?\/\/[^"]*"/gi,
  /<object\b[^>]*\sdata="(?:https?:)?\/\/[^"]*"/gi,
  /\ssrcset="[^"]*(?:https?:)?\/\/[^"]*"/gi,
  /url\(\s*['"]?(?:https?:)?\/\/[^)]*\)/gi,
  /@import\s+(?:url\()?\s*['"]?(?:https?:)?\/\//gi,
];

/** Every place in the site's HTML and CSS that would make a browser load something from another host. */
export function remoteLoads(files: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  for (const file of files) {
    if (!/\.(html|css)$/.test(file)) continue;
    const text = readFileSync(path.join(siteDir, file), 'utf8');
    for (const pattern of REMOTE_LOADS) {
      for (const match of text.matchAll(pattern)) problems.push({ file, problem: match[0].slice(0, 160) });
    }
  }
  return problems;
}
