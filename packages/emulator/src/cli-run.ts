import { parseArgs } from 'node:util';
import { type Clock, systemClock } from './clock/clock.js';
import { ManualClock } from './clock/manual-clock.js';
import { type Emulator, startEmulator } from './server.js';

export const USAGE = `Usage: apify-runs-emulator [options]

A local Apify API server for the run and last-run endpoints.

Options:
  --port <n>        Port to listen on; 0 picks a free one (default 0)
  --host <addr>     Interface to bind (default 127.0.0.1)
  --storage <dir>   Serve and persist the Apify CLI / Crawlee storage folder <dir>
  --seed demo       Create the demo scene (Actor demo/web-scraper, token apify_demo_token)
  --token <t>       Accept this token for the default user "demo" (repeatable)
  --clock <c>       "system" (default), or "manual" / an ISO date: a clock that stands still (at that date) until
                    moved with POST /__emulator/clock/advance, for tests that control time
  --exit-on-stdin-end
                    Stop when stdin closes, so the emulator never outlives the process that started it
  -h, --help        Show this help

The first line printed is "listening on http://HOST:PORT". Admin API under /__emulator/ (see the README).`;

/** Where the CLI talks and how it learns to stop; the binary wires these to the process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Called once the flags are valid and before the address is announced (a supervisor may stop the emulator the
   * moment it reads it); resolves when the emulator should stop.
   */
  untilStopped(flags: { exitOnStdinEnd: boolean }): Promise<void>;
  /** Called with the started emulator (tests use it). */
  started?(emulator: Emulator): void;
}

/** The flags, checked. */
export interface CliOptions {
  port: number;
  host: string;
  storage?: string;
  seed?: 'demo';
  tokens: string[];
  clock: Clock;
  exitOnStdinEnd: boolean;
  help: boolean;
}

/** Thrown for bad flags: usage goes to stderr and the exit code is 2. */
export class UsageError extends Error {}

function clockOf(value: string | undefined): Clock {
  if (value === undefined || value === 'system') return systemClock;
  if (value === 'manual') return new ManualClock();
  if (!/^\d{4}-\d\d-\d\d/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`Invalid --clock "${value}": use system, manual or an ISO date.`);
  }
  return new ManualClock(value);
}

/** Parses the command line; throws {@link UsageError} for anything it does not accept. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 0) throw new UsageError(`Unexpected argument: ${positionals[0]}`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65_535) throw new UsageError(`Invalid --port: ${values.port}`);
  if (values.seed !== undefined && values.seed !== 'demo') {
    throw new UsageError(`Unknown --seed "${values.seed}"; the only scene is "demo".`);
  }
  if (values.host === '') throw new UsageError('--host must not be empty.');
  return {
    port,
    host: values.host,
    ...(values.storage ? { storage: values.storage } : {}),
    ...(values.seed === 'demo' ? { seed: 'demo' as const } : {}),
    tokens: values.token ?? [],
    clock: clockOf(values.clock),
    exitOnStdinEnd: values['exit-on-stdin-end'] ?? false,
    help: values.help ?? false,
  };
}

function parseRaw(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      storage: { type: 'string' },
      seed: { type: 'string' },
      token: { type: 'string', multiple: true },
      clock: { type: 'string' },
      'exit-on-stdin-end': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/**
 * The CLI: parses the flags, starts the emulator, prints `listening on URL`, and stops when told to. Resolves with
 * the exit code: 0, 2 for bad flags (usage on stderr). A failure to start rejects (the binary exits with 1).
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let flags: CliOptions;
  try {
    flags = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`apify-runs-emulator: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const stopped = io.untilStopped({ exitOnStdinEnd: flags.exitOnStdinEnd });
  const emulator = await startEmulator({
    port: flags.port,
    host: flags.host,
    ...(flags.storage ? { storageDir: flags.storage } : {}),
    ...(flags.seed ? { seed: flags.seed } : {}),
    tokens: flags.tokens,
    clock: flags.clock,
  });
  io.started?.(emulator);
  io.out(`listening on ${emulator.url}\n`);
  await stopped;
  await emulator.close();
  return 0;
}
