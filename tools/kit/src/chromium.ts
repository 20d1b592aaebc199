import { existsSync } from 'node:fs';

/** Debian's Chromium (`apt-get install -y chromium`); `CHROMIUM_PATH` points elsewhere. Never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless in a container: no sandbox (no user namespaces), no GPU, nothing fetched from the network by itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Options for playwright-core's `chromium.launch()`. Fails with the install command when the browser is missing, so
 * a machine without it gets a clear failure instead of a skipped test.
 */
export function chromiumLaunchOptions(executablePath = CHROMIUM_PATH) {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}: run \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`,
    );
  }
  return { executablePath, args: CHROMIUM_ARGS, headless: true };
}
