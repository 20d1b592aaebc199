/**
 * `pnpm test:pack`: what a user gets from npm, checked before it is published.
 *
 * Builds and `pnpm pack`s the public packages, installs the tarballs with npm into a fresh project in the OS temp
 * folder (outside the workspace, so nothing resolves through pnpm's links), and there: imports them from plain Node
 * ESM, compiles a TypeScript consumer under `moduleResolution` "bundler" and "node16", starts the emulator from its
 * installed bin and makes one real call with the installed client. Prints one line per step and a summary, exits 1
 * on any failure, and removes the temp folder and the emulator process either way (`PACK_TEST_KEEP=1` keeps the
 * folder for a look).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const fixture = path.resolve(here, '../fixture');
const reportFile = path.resolve(here, '../.reports/pack-test.json');

/** The public packages, in dependency order. */
const PACKAGES = [
  { name: '@apify-runs/types', dir: 'packages/types', mustHave: ['dist/index.js', 'dist/index.d.ts', 'openapi.json'] },
  { name: '@apify-runs/client', dir: 'packages/client', mustHave: ['dist/index.js', 'dist/index.d.ts'] },
  {
    name: '@apify-runs/emulator',
    dir: 'packages/emulator',
    mustHave: ['dist/index.js', 'dist/index.d.ts', 'dist/cli.js'],
  },
] as const;
/** The consumer's TypeScript, as the brief of the pack test pins it; @types/node follows the workspace's. */
const TYPESCRIPT = 'typescript@5.9.3';
const TYPES_NODE = `@types/node@${createRequire(import.meta.url)('@types/node/package.json').version}`;
const EMULATOR_START_TIMEOUT_MS = 20_000;

interface CommandResult {
  code: number | null;
  output: string;
}

/** npm must not see the `npm_config_*` that pnpm exports to scripts (they would point it at the workspace). */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_(config|package|lifecycle)_/i.test(key) && key.toLowerCase() !== 'npm_config_registry') continue;
    env[key] = value;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(command: string, args: string[], cwd: string, timeoutMs = 300_000): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const timer = setTimeout(() => {
      output += `\n[pack-test] timed out after ${timeoutMs} ms`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: -1, output: `${output}\n${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

async function must(command: string, args: string[], cwd: string): Promise<string> {
  const result = await run(command, args, cwd);
  if (result.code !== 0) {
    const tail = result.output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` exited with ${result.code}:\n${tail}`);
  }
  return result.output;
}

/** Starts the installed `apify-runs-emulator` bin and resolves with the URL of its `listening on` line. */
function startEmulatorBin(project: string): { child: ChildProcess; url: Promise<string> } {
  const bin = path.join(project, 'node_modules', '.bin', 'apify-runs-emulator');
  const child = spawn(bin, ['--port', '0', '--seed', 'demo'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(
      () => reject(new Error(`no "listening on" line within ${EMULATOR_START_TIMEOUT_MS} ms:\n${stdout}${stderr}`)),
      EMULATOR_START_TIMEOUT_MS,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^listening on (http:\/\/\S+)$/m.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${signal ?? code}) before listening:\n${stdout}${stderr}`));
    });
  });
  return { child, url };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

/** The files of a tarball, relative to its `package/` folder. */
async function tarballFiles(tarball: string): Promise<string[]> {
  const listing = await must('tar', ['-tzf', tarball], path.dirname(tarball));
  return listing
    .split('\n')
    .filter(Boolean)
    .map((entry) => entry.replace(/^package\//, ''));
}

interface Step {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
  detail?: string;
}

async function main(): Promise<number> {
  const started = Date.now();
  const workdir = mkdtempSync(path.join(tmpdir(), 'apify-runs-pack-test-'));
  const tarballs = path.join(workdir, 'tarballs');
  const project = path.join(workdir, 'project');
  mkdirSync(tarballs);
  mkdirSync(project);
  let emulator: ChildProcess | undefined;
  const steps: Step[] = [];
  let broken = false;

  const cleanup = async () => {
    await stop(emulator);
    if (process.env.PACK_TEST_KEEP) console.log(`[pack-test] kept ${workdir}`);
    else rmSync(workdir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  /** Runs one step unless a required one failed before it; a failed required step skips all the steps after it. */
  const step = async (name: string, body: () => Promise<string | undefined>, required = false) => {
    if (broken) {
      steps.push({ name, status: 'skipped', ms: 0 });
      console.log(`- ${name}: skipped (a required step failed)`);
      return;
    }
    const t0 = Date.now();
    try {
      const detail = await body();
      const ms = Date.now() - t0;
      steps.push({ name, status: 'passed', ms, detail });
      console.log(`✓ ${name} (${(ms / 1000).toFixed(1)} s)${detail ? `: ${detail}` : ''}`);
    } catch (error) {
      broken ||= required;
      const ms = Date.now() - t0;
      const detail = error instanceof Error ? error.message : String(error);
      steps.push({ name, status: 'failed', ms, detail });
      console.log(`✗ ${name} (${(ms / 1000).toFixed(1)} s)\n${detail.replace(/^/gm, '    ')}`);
    }
  };

  try {
    console.log(`[pack-test] working in ${workdir}`);
    await step(
      'build the public packages',
      async () => {
        const filters = PACKAGES.map((pkg) => `--filter=${pkg.name}`);
        await must('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], repo);
        return undefined;
      },
      true,
    );

    const packed: string[] = [];
    await step(
      'pnpm pack types, client, emulator',
      async () => {
        const sizes: string[] = [];
        for (const pkg of PACKAGES) {
          const before = new Set(readdirSync(tarballs));
          await must('pnpm', ['pack', '--pack-destination', tarballs], path.join(repo, pkg.dir));
          const created = readdirSync(tarballs).filter((file) => !before.has(file));
          if (created.length !== 1 || !created[0]) throw new Error(`${pkg.name}: expected one tarball, got ${created}`);
          const tarball = path.join(tarballs, created[0]);
          const files = await tarballFiles(tarball);
          const missing = [...pkg.mustHave, 'package.json', 'README.md', 'LICENSE'].filter((f) => !files.includes(f));
          if (missing.length > 0) throw new Error(`${pkg.name}: the tarball lacks ${missing.join(', ')}`);
          const manifest = await must('tar', ['-xzOf', tarball, 'package/package.json'], tarballs);
          if (/"(workspace|catalog):/.test(manifest))
            throw new Error(`${pkg.name}: workspace:/catalog: left in package.json`);
          packed.push(tarball);
          sizes.push(`${created[0]} ${(statSync(tarball).size / 1024).toFixed(0)} kB`);
        }
        return sizes.join(', ');
      },
      true,
    );

    await step(
      `npm install the tarballs + ${TYPESCRIPT} in a fresh project`,
      async () => {
        writeFileSync(
          path.join(project, 'package.json'),
          `${JSON.stringify({ name: 'apify-runs-pack-test-consumer', private: true, type: 'module' }, null, 2)}\n`,
        );
        for (const file of readdirSync(fixture)) copyFileSync(path.join(fixture, file), path.join(project, file));
        await must(
          'npm',
          ['install', '--no-audit', '--no-fund', '--loglevel=error', ...packed, TYPESCRIPT, TYPES_NODE],
          project,
        );
        const installed = PACKAGES.map((pkg) => {
          const manifest = JSON.parse(
            readFileSync(path.join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'),
          );
          return `${pkg.name}@${manifest.version}`;
        });
        return installed.join(', ');
      },
      true,
    );

    await step('import the packages from Node ESM', async () =>
      (await must(process.execPath, ['esm.mjs'], project)).trim(),
    );

    const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const resolution of ['bundler', 'node16']) {
      await step(`tsc --noEmit, moduleResolution "${resolution}"`, async () => {
        await must(process.execPath, [tsc, '--noEmit', '-p', `tsconfig.${resolution}.json`], project);
        return undefined;
      });
    }

    await step('the installed emulator bin + one call with the installed client', async () => {
      const started = startEmulatorBin(project);
      emulator = started.child;
      const url = await started.url;
      const output = await must(process.execPath, ['call.mjs', url], project);
      return `${url}: ${output.trim()}`;
    });
  } finally {
    await cleanup();
  }

  const passed = steps.filter((s) => s.status === 'passed').length;
  const failed = steps.filter((s) => s.status === 'failed').length;
  const skipped = steps.filter((s) => s.status === 'skipped').length;
  mkdirSync(path.dirname(reportFile), { recursive: true });
  writeFileSync(
    reportFile,
    `${JSON.stringify({ numPassedTests: passed, numFailedTests: failed, numPendingTests: skipped, numTodoTests: 0, steps }, null, 2)}\n`,
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`pack test ${failed === 0 ? 'PASSED' : 'FAILED'}: ${passed} of ${steps.length} steps in ${seconds} s`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
