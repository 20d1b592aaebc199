import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { docsDir, repoRoot, typedocPackages } from './paths.js';

/** The repository's home, for links to files that are not part of the site (sources, scripts). */
export const REPO_BLOB_URL = 'https://github.com/apify-runs/apify-runs/blob/main';

/**
 * Marks a link to a site page inside TypeDoc input. TypeDoc copies relative link targets into `media/` and leaves
 * links with a scheme alone, so README links are rewritten to this scheme and turned into relative paths afterwards.
 */
export const SITE_SCHEME = 'site:';

/**
 * A package README as the index page of its TypeDoc reference: links to another package's README go to that package's
 * reference, links to other repository files go to the repository, anchors stay. Written under `tools/docs/.tmp/`.
 */
export function readmeForTypedoc(pkgDir: string): string {
  const source = path.join(pkgDir, 'README.md');
  const text = readFileSync(source, 'utf8').replace(/\]\(([^)\s]+)\)/g, (_match, target: string) => {
    return `](${rewriteTarget(target, pkgDir)})`;
  });
  const out = path.join(docsDir, '.tmp', `${path.basename(pkgDir)}-README.md`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, text);
  return out;
}

function rewriteTarget(target: string, pkgDir: string): string {
  if (/^[a-z]+:/i.test(target) || target.startsWith('#')) return target;
  const [file = '', anchor] = target.split('#');
  const absolute = path.resolve(pkgDir, file);
  const hash = anchor ? `#${anchor}` : '';
  for (const pkg of typedocPackages) {
    if (absolute === path.join(repoRoot, 'packages', pkg.dir, 'README.md')) {
      return `${SITE_SCHEME}api/${pkg.dir}/index.html${hash}`;
    }
  }
  const inRepo = path.relative(repoRoot, absolute).split(path.sep).join('/');
  if (inRepo.startsWith('..')) throw new Error(`${pkgDir}/README.md links outside the repository: ${target}`);
  return `${REPO_BLOB_URL}/${inRepo}${hash}`;
}
