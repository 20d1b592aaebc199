#!/usr/bin/env node
import { runCli } from './cli-run.js';

/** SIGINT and SIGTERM stop the emulator cleanly; with `--exit-on-stdin-end`, so does the end of stdin. */
const untilStopped = ({ exitOnStdinEnd }: { exitOnStdinEnd: boolean }) =>
  new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      if (exitOnStdinEnd) {
        process.stdin.off('end', stop);
        process.stdin.off('close', stop);
        process.stdin.destroy();
      }
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (exitOnStdinEnd) {
      process.stdin.on('end', stop);
      process.stdin.on('close', stop);
      process.stdin.resume();
    }
  });

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  untilStopped,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`apify-runs-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
