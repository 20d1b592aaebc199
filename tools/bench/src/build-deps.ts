/**
 * Builds the workspace packages the benchmark imports (types, client, emulator) through turbo: a cached no-op after
 * the first run. The client is measured from its build (`packages/client/dist`), as users get it.
 */
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'pnpm',
  ['exec', 'turbo', 'run', 'build', '--filter=@apify-runs/bench^...', '--output-logs=errors-only'],
  { encoding: 'utf8', shell: process.platform === 'win32' },
);
if (result.status !== 0) {
  process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.error) console.error(result.error);
  console.error('Building the packages the benchmark uses failed (see above).');
  process.exit(result.status ?? 1);
}
