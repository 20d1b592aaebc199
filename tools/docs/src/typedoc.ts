import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Application, LogLevel, OptionDefaults } from 'typedoc';
import { repoRoot, siteDir, typedocPackages } from './paths.js';
import { REPO_BLOB_URL, readmeForTypedoc, SITE_SCHEME } from './readme.js';

/** Renders the TypeDoc reference of each package into `site/api/<dir>/`, from its sources and its own tsconfig. */
export async function buildTypedoc(): Promise<void> {
  for (const pkg of typedocPackages) {
    const pkgDir = path.join(repoRoot, 'packages', pkg.dir);
    const out = path.join(siteDir, 'api', pkg.dir);
    const app = await Application.bootstrapWithPlugins({
      name: pkg.name,
      entryPoints: [path.join(pkgDir, 'src/index.ts')],
      tsconfig: path.join(pkgDir, 'tsconfig.json'),
      readme: readmeForTypedoc(pkgDir),
      out,
      cleanOutputDir: true,
      githubPages: false,
      excludePrivate: true,
      excludeInternal: true,
      // No git calls (the output must not depend on the checkout); sources link to the repository's main branch.
      disableGit: true,
      basePath: repoRoot,
      sourceLinkTemplate: `${REPO_BLOB_URL}/{path}#L{line}`,
      navigationLinks: {
        'All docs': `${SITE_SCHEME}index.html`,
        Guides: `${SITE_SCHEME}index.html#guides`,
        'API reference': `${SITE_SCHEME}reference/index.html`,
      },
      // openapi-typescript writes `@description` and `@constant` (for a `const`).
      blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
      logLevel: LogLevel.Warn,
      treatWarningsAsErrors: true,
      validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false },
    });
    const project = await app.convert();
    if (!project || app.logger.hasErrors() || app.logger.hasWarnings()) {
      throw new Error(`TypeDoc failed for ${pkg.name}`);
    }
    await app.generateOutputs(project);
    if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error(`TypeDoc output failed for ${pkg.name}`);
    resolveSiteLinks(out);
  }
}

/** Turns every `site:` link TypeDoc wrote into a path relative to the page that holds it. */
function resolveSiteLinks(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes(`"${SITE_SCHEME}`)) continue;
    const toRoot = path.relative(path.dirname(file), siteDir).split(path.sep).join('/');
    writeFileSync(file, html.replaceAll(`"${SITE_SCHEME}`, `"${toRoot}/`));
  }
}
