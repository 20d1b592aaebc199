#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { startEmulator } from './server.js';

const USAGE = `Usage: apify-runs-emulator [options]

A local Apify API server for the run and last-run endpoints.

Options:
  --port <n>        Port to listen on; 0 picks a free one (default 0)
  --host <addr>     Interface to bind (default 127.0.0.1)
  --storage <dir>   Serve and persist the Apify CLI / Crawlee storage folder <dir>
  --seed demo       Create the demo scene (Actor demo/web-scraper, token apify_demo_token)
  --token <t>       Accept this token for the default user "demo" (repeatable)
  -h, --help        Show this help

The first line printed is "listening on http://HOST:PORT". Admin API under /__emulator/ (see the README).`;

/** Thrown for bad flags: usage goes to stderr and the exit code is 2. */
class UsageError extends Error {}

function options(argv: string[]) {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
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
  return { ...values, port };
}

function parse(argv: string[]) {
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
      help: { type: 'boolean', short: 'h' },
    },
  });
}

async function main(argv: string[]): Promise<number> {
  let flags: ReturnType<typeof options>;
  try {
    flags = options(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`apify-runs-emulator: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (flags.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  // Listen for signals before announcing the address: a supervisor may stop us the moment it reads the line.
  const stopped = new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  const emulator = await startEmulator({
    port: flags.port,
    host: flags.host,
    ...(flags.storage ? { storageDir: flags.storage } : {}),
    ...(flags.seed === 'demo' ? { seed: 'demo' as const } : {}),
    tokens: flags.token ?? [],
  });
  process.stdout.write(`listening on ${emulator.url}\n`);
  await stopped;
  await emulator.close();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`apify-runs-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
