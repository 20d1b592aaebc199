import path from 'node:path';

/** The repository root, the site's output folder and the bundled spec: one place for the build and the tests. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const siteDir = path.join(repoRoot, 'site');
export const specPath = path.join(repoRoot, 'openapi/dist/openapi.json');
/** The OpenAPI 3.0.3 copy for generators that read 3.0 only, published next to it. */
export const spec30Path = path.join(repoRoot, 'openapi/dist/openapi-3.0.json');
/** What openapi-typescript generated from the spec: the source of the `paths`/`operations`/`components` pages. */
export const generatedTypesPath = path.join(repoRoot, 'packages/types/src/generated/openapi.ts');
/** tools/docs: VitePress's source folder (`guides/`, `index.md`, `reference/`, `.vitepress/`). */
export const docsDir = path.resolve(import.meta.dirname, '..');
/** Written by `pnpm docs` before VitePress runs, git-ignored: the TypeScript reference and the static files. */
export const apiDir = path.join(docsDir, 'api');
export const publicDir = path.join(docsDir, 'public');

/** The site's ceiling: everything under site/ together. */
export const SITE_BUDGET_BYTES = 10_000_000;

/** The packages whose TypeScript reference the site carries, each under `api/<name>/`. */
export const typedocPackages = [
  {
    dir: 'client',
    name: '@apify-runs/client',
    summary: 'the client: runs, waiting, datasets, records, queues, errors',
  },
  { dir: 'types', name: '@apify-runs/types', summary: '`paths`, `components`, `operations` and friendly names' },
  {
    dir: 'emulator',
    name: '@apify-runs/emulator',
    summary: 'the local Apify-compatible server, its admin API and faults',
  },
] as const;

/** The guides, in reading order; `tools/docs/guides/<slug>.md` becomes `site/guides/<slug>.html`. */
export const guides = [
  'quick-start',
  'runs',
  'waiting',
  'datasets',
  'records',
  'queues',
  'parallel-iteration',
  'live-iteration',
  'resumable-positions',
  'queue-worker',
  'node-transport',
  'errors-and-retries',
  'emulator',
  'other-languages',
  'coming-from-apify-client',
] as const;
