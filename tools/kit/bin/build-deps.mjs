#!/usr/bin/env node
// Builds the workspace packages the calling tool imports, through turbo: a cached no-op after the first run, and
// quiet unless a build fails. Run it from a package script (`apify-runs-build-deps && tsx src/main.ts`): pnpm tells
// it the package through npm_package_name.
import { spawnSync } from 'node:child_process';

const name = process.env.npm_package_name;
if (!name) {
  console.error('apify-runs-build-deps: run it from a package.json script (npm_package_name is not set).');
  process.exit(2);
}
const result = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', `--filter=${name}^...`, '--output-logs=errors-only'],
  {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  },
);
if (result.status !== 0) {
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.error) console.error(result.error);
  console.error(`Building the packages ${name} uses failed (see above).`);
  process.exit(result.status ?? 1);
}
