import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  Application,
  Converter,
  type DeclarationReflection,
  LogLevel,
  OptionDefaults,
  ReflectionKind,
  type TypeDocOptions,
} from 'typedoc';
import { apiDir, docsDir, repoRoot, typedocPackages } from './paths.js';
import { packagePage, REPO_BLOB_URL, readmeForSite } from './readme.js';

/**
 * The generated declarations of `@apify-runs/types`. TypeDoc would render each of them as one page holding every
 * operation or schema twice over (12 MB for `paths` alone); their members are dropped here and the pages replaced by
 * the per-tag pages of `types-pages.ts`, which show each operation and schema once.
 */
export const GENERATED_DECLARATIONS = ['paths', 'operations', 'components', 'webhooks', '$defs'];

/** A VitePress sidebar entry, as typedoc-vitepress-theme writes them. */
export interface SidebarItem {
  text: string;
  link?: string;
  collapsed?: boolean;
  items?: SidebarItem[];
}

/**
 * Renders the public API of the three packages as Markdown into `tools/docs/api/`, one program for all of them so a
 * type the client re-exports from `@apify-runs/types` is documented once, in the types package, and linked from the
 * client. Private, protected and `@internal` members are left out. Returns the sidebar.
 */
export async function buildTypedoc(): Promise<SidebarItem[]> {
  rmSync(apiDir, { recursive: true, force: true });
  const options: Partial<TypeDocOptions> & Record<string, unknown> = {
    // The types package first: a declaration re-exported by several entry points is documented in the first one.
    entryPoints: ['types', 'client', 'emulator'].map((dir) => path.join(repoRoot, 'packages', dir, 'src/index.ts')),
    tsconfig: path.join(docsDir, 'tsconfig.typedoc.json'),
    plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
    out: apiDir,
    // typedoc-vitepress-theme: links and the sidebar are relative to VitePress's source folder.
    docsRoot: docsDir,
    sidebar: { autoConfiguration: true, format: 'vitepress', pretty: false, collapsed: true },
    readme: 'none',
    name: 'apify-runs',
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    // No git calls (the output must not depend on the checkout); sources link to the repository's main branch.
    disableGit: true,
    basePath: repoRoot,
    sourceLinkTemplate: `${REPO_BLOB_URL}/{path}#L{line}`,
    // openapi-typescript writes `@description` and `@constant` (for a `const`).
    blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
    // Classes and interfaces get a page each; type aliases, functions and variables are listed on their package's
    // page (most are one line, and every page carries the site's frame).
    membersWithOwnFile: ['Class', 'Interface', 'Enum'],
    hideBreadcrumbs: true,
    hidePageHeader: true,
    parametersFormat: 'table',
    interfacePropertiesFormat: 'table',
    classPropertiesFormat: 'table',
    typeAliasPropertiesFormat: 'table',
    enumMembersFormat: 'table',
    // Comments are Markdown, and VitePress compiles every page as a Vue template: `<T>` or `{{` in a comment must not
    // be read as markup.
    sanitizeComments: true,
    logLevel: LogLevel.Warn,
    treatWarningsAsErrors: true,
    // Public option types of the client and the emulator still refer to a few helper types their entry points do
    // not export (e.g. `Query`); TypeDoc shows those by name. Every other validation warning fails the build.
    validation: { notExported: false, invalidLink: true, rewrittenLink: true, notDocumented: false },
  };
  const app = await Application.bootstrapWithPlugins(options as Partial<TypeDocOptions>);

  // Modules are named after their package, not their folder (`client/src`).
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Module)) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
    const pkg = typedocPackages.find((p) => file?.startsWith(path.join(repoRoot, 'packages', p.dir, 'src')));
    if (pkg) reflection.name = pkg.name;
  });
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(
      ReflectionKind.Interface | ReflectionKind.TypeAlias,
    )) {
      if (!GENERATED_DECLARATIONS.includes(reflection.name)) continue;
      for (const child of [...((reflection as DeclarationReflection).children ?? [])]) {
        context.project.removeReflection(child);
      }
    }
  });

  const project = await app.convert();
  if (!project || app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('TypeDoc failed (see above)');
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) throw new Error('TypeDoc output failed (see above)');

  for (const pkg of typedocPackages) mergeReadme(pkg.name, pkg.dir);
  return JSON.parse(readFileSync(path.join(apiDir, 'typedoc-sidebar.json'), 'utf8')) as SidebarItem[];
}

/**
 * Puts the package README at the top of its reference page, above TypeDoc's list of exports (whose headings move one
 * level down, under "API").
 */
function mergeReadme(name: string, dir: string): void {
  const file = path.join(docsDir, packagePage(name));
  if (!existsSync(file)) throw new Error(`TypeDoc wrote no ${file}`);
  const exports = readFileSync(file, 'utf8')
    .replace(/^# .*\n+/m, '')
    .replace(/^(#{2,5}) /gm, '#$1 ');
  const readme = readmeForSite(path.join(repoRoot, 'packages', dir), packagePage(name));
  writeFileSync(file, `${readme.trimEnd()}\n\n## API\n\n${exports}`);
}
