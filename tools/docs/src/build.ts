// `pnpm docs`: the site in site/ at the repository root, built with VitePress. First the pages VitePress cannot write
// itself (the TypeScript reference from TypeDoc, the pages of the generated types) and the static files (Redoc's
// bundle, the spec), then `vitepress build`. Nothing is fetched.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { apiDir, docsDir, publicDir, siteDir, spec30Path, specPath } from './paths.js';
import { siteSize } from './site-size.js';
import { buildTypedoc } from './typedoc.js';
import { buildTypesPages } from './types-pages.js';

const REDOC_CDN_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const started = performance.now();
const step = async (name: string, run: () => unknown): Promise<void> => {
  const t = performance.now();
  await run();
  console.log(`${name.padEnd(22)} ${Math.round(performance.now() - t)} ms`);
};

await step('TypeDoc', async () => {
  const modules = await buildTypedoc();
  modules.find((entry) => entry.text === '@apify-runs/types')?.items?.push(...buildTypesPages());
  // A sidebar per package, keyed by the path its pages are under (VitePress's multi-sidebar form).
  const sidebars = Object.fromEntries(
    modules.map((module) => [
      `/api/${module.text}/`,
      [{ text: module.text, link: `/api/${module.text}/`, items: module.items }],
    ]),
  );
  writeFileSync(path.join(apiDir, 'sidebar.json'), `${JSON.stringify(sidebars)}\n`);
});

await step('static files', () => {
  rmSync(publicDir, { recursive: true, force: true });
  const reference = path.join(publicDir, 'reference');
  mkdirSync(reference, { recursive: true });
  const redoc = path.dirname(createRequire(import.meta.url).resolve('redoc/package.json'));
  let bundle = readFileSync(path.join(redoc, 'bundles/redoc.standalone.js'), 'utf8');
  // The one asset Redoc loads from elsewhere: its "API docs by Redocly" logo. A local stand-in instead; if the URL
  // changes in a new Redoc, the build stops, so a new remote asset cannot slip in unnoticed.
  if (!bundle.includes(REDOC_CDN_LOGO))
    throw new Error(`Redoc no longer references ${REDOC_CDN_LOGO}: look for other CDN assets`);
  bundle = bundle.replaceAll(REDOC_CDN_LOGO, 'redocly-logo.svg');
  writeFileSync(path.join(reference, 'redoc.standalone.js'), bundle);
  copyFileSync(path.join(docsDir, 'assets/redocly-logo.svg'), path.join(reference, 'redocly-logo.svg'));
  copyFileSync(specPath, path.join(reference, 'openapi.json'));
  copyFileSync(spec30Path, path.join(reference, 'openapi-3.0.json'));
});

await step('VitePress', () => {
  rmSync(siteDir, { recursive: true, force: true });
  const vitepress = path.join(
    path.dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
    'bin/vitepress.js',
  );
  const result = spawnSync(process.execPath, [vitepress, 'build', docsDir], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vitepress build exited with ${result.status}`);
});

const { bytes, files } = siteSize();
console.log(
  `site built in ${path.relative(process.cwd(), siteDir)} in ${Math.round(performance.now() - started)} ms: ` +
    `${files} files, ${(bytes / 1e6).toFixed(2)} MB`,
);
