/**
 * Builds the workspace packages the contract test imports (types, emulator) through turbo, quietly: turbo's cache
 * makes this a no-op after the first run, and its output is shown only when a build fails.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=@apify-runs/contract^...', '--output-logs=errors-only'],
  { encoding: 'utf8', shell: process.platform === 'win32' },
);
if (result.status !== 0) {
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.error) console.error(result.error);
  console.error('Building the packages the contract test uses failed (see above).');
  process.exit(result.status ?? 1);
}
