import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, typedocPackages } from './paths.js';

/** The repository's home, for links to files that are not part of the site (sources, scripts). */
export const REPO_BLOB_URL = 'https://github.com/apify-runs/apify-runs/blob/main';

/** Where a package's reference starts: `api/@apify-runs/client/index.md`, relative to tools/docs. */
export const packagePage = (name: string): string => `api/${name}/index.md`;

/**
 * A package README as Markdown for the top of that package's reference page (`api/<name>/index.md`): links to another
 * package's README go to that package's page, links to other repository files go to the repository, anchors stay.
 */
export function readmeForSite(pkgDir: string, pageFile: string): string {
  const text = readFileSync(path.join(pkgDir, 'README.md'), 'utf8');
  return text.replace(/\]\(([^)\s]+)\)/g, (_match, target: string) => `](${rewriteTarget(target, pkgDir, pageFile)})`);
}

function rewriteTarget(target: string, pkgDir: string, pageFile: string): string {
  if (/^[a-z]+:/i.test(target) || target.startsWith('#')) return target;
  const [file = '', anchor] = target.split('#');
  const absolute = path.resolve(pkgDir, file);
  const hash = anchor ? `#${anchor}` : '';
  for (const pkg of typedocPackages) {
    if (absolute === path.join(repoRoot, 'packages', pkg.dir, 'README.md')) {
      const relative = path.relative(path.dirname(pageFile), packagePage(pkg.name)).split(path.sep).join('/');
      return `${relative}${hash}`;
    }
  }
  const inRepo = path.relative(repoRoot, absolute).split(path.sep).join('/');
  if (inRepo.startsWith('..')) throw new Error(`${pkgDir}/README.md links outside the repository: ${target}`);
  return `${REPO_BLOB_URL}/${inRepo}${hash}`;
}
