import { parseArgs } from 'node:util';

export interface DemoArgs {
  /** `user/name` of an Actor on the real API (needs `APIFY_TOKEN`). */
  actor?: string;
}

export const USAGE = `Usage: pnpm demo [--actor <user/name>]

Without flags: starts the local emulator with the demo seed (in-process, no network) and runs the tour.
With APIFY_TOKEN set and --actor: runs the same tour against the Apify API for that Actor.`;

/** Parses the command line; throws a usage error for unknown flags or `--actor` without a token. */
export function parseDemoArgs(argv: string[]): DemoArgs | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: { actor: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  if (values.help) return 'help';
  if (values.actor && !process.env.APIFY_TOKEN) {
    throw new Error('--actor needs APIFY_TOKEN in the environment (without it, the demo uses the local emulator).');
  }
  return values.actor ? { actor: values.actor } : {};
}
