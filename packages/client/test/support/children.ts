import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, afterEach } from 'vitest';

/**
 * Starts `node <script> ...args` with piped stdio, for tests that need another process. The TypeScript script is
 * bundled once per test file (with the client's sources it imports, as tsx would compile them), so a child starts
 * in a fraction of the time `--import tsx` takes. Every child still running after a test is SIGKILLed in
 * teardown, also when the test failed or timed out; the bundles go with the file.
 */
export function useChildren() {
  const children: ChildProcess[] = [];
  const bundles = new Map<string, Promise<string>>();
  let dir: string | undefined;
  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const bundled = (script: string): Promise<string> => {
    let file = bundles.get(script);
    if (!file) {
      dir ??= mkdtempSync(path.join(tmpdir(), 'apify-runs-children-'));
      const outfile = path.join(dir, `${path.basename(script, '.ts')}.mjs`);
      file = build({
        entryPoints: [script],
        outfile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        logLevel: 'silent',
      }).then(() => outfile);
      bundles.set(script, file);
    }
    return file;
  };
  return async (script: string, args: string[]): Promise<ChildProcess> => {
    const child = spawn(process.execPath, [await bundled(script), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    return child;
  };
}
