import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { exec } from '@apify-runs/tool-kit/exec';
import { afterEach, describe, expect, it } from 'vitest';

// The committed `bin/apify-runs-emulator.js` in a package folder of its own, with or without a built `dist/cli.js`.
const SHIM = fileURLToPath(new URL('../bin/apify-runs-emulator.js', import.meta.url));
const CLI_SOURCE = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const folders: string[] = [];

async function packageFolder(built: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'emulator-bin-'));
  folders.push(dir);
  await mkdir(join(dir, 'bin'));
  await copyFile(SHIM, join(dir, 'bin', 'apify-runs-emulator.js'));
  await writeFile(join(dir, 'package.json'), '{"type": "module"}\n');
  if (built) {
    // The "built" CLI is the real one, through tsx: the shim must hand it the arguments untouched.
    await mkdir(join(dir, 'dist'));
    await writeFile(join(dir, 'dist', 'cli.js'), `import ${JSON.stringify(pathToFileURL(CLI_SOURCE).href)};\n`);
  }
  return dir;
}

const run = (args: string[]) => exec(process.execPath, args);

afterEach(async () => {
  for (const dir of folders.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('bin/apify-runs-emulator.js', () => {
  it('says how to build the emulator when dist/cli.js is missing, and exits 1', async () => {
    const dir = await packageFolder(false);
    const result = await run([join(dir, 'bin', 'apify-runs-emulator.js'), '--help']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not built yet (dist/cli.js is missing)');
    expect(result.stderr).toContain('pnpm build');
  });

  it('runs the built CLI with the arguments it was given', async () => {
    const dir = await packageFolder(true);
    const help = await run(['--import', 'tsx', join(dir, 'bin', 'apify-runs-emulator.js'), '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: apify-runs-emulator [options]');
    const bad = await run(['--import', 'tsx', join(dir, 'bin', 'apify-runs-emulator.js'), '--nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--nope'");
  });
});
