#!/usr/bin/env node
// The `apify-runs-emulator` command. It is committed rather than built, so that installing the workspace can link it
// before the first build (pnpm warns about a bin that does not exist yet); it runs the built CLI, or says how to
// build it.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (existsSync(cli)) {
  await import(cli.href);
} else {
  process.stderr.write(
    'apify-runs-emulator: the emulator is not built yet (dist/cli.js is missing).\n' +
      'In the apify-runs repository, run `pnpm build` (or `pnpm --filter @apify-runs/emulator build`) and try again.\n',
  );
  process.exitCode = 1;
}
