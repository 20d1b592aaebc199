// `pnpm docs`: builds the static site into site/ at the repository root. Every asset is local; nothing is fetched.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildGuides } from './guides.js';
import { buildIndex } from './index-page.js';
import { docsDir, siteDir } from './paths.js';
import { buildReference } from './reference.js';
import { buildTypedoc } from './typedoc.js';

const started = performance.now();
const step = async (name: string, run: () => unknown): Promise<void> => {
  const t = performance.now();
  await run();
  console.log(`${name.padEnd(16)} ${Math.round(performance.now() - t)} ms`);
};

rmSync(siteDir, { recursive: true, force: true });
mkdirSync(siteDir, { recursive: true });
copyFileSync(path.join(docsDir, 'assets/style.css'), path.join(siteDir, 'style.css'));
await step('API reference', buildReference);
await step('TypeDoc', buildTypedoc);
await step('guides, index', () => buildIndex(buildGuides()));
console.log(`site built in ${path.relative(process.cwd(), siteDir)} in ${Math.round(performance.now() - started)} ms`);
