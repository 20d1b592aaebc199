/**
 * `pnpm test:pack`: what a user gets from npm, checked before it is published.
 *
 * Builds and `pnpm pack`s the public packages and checks each tarball (files, ranges, no duplicated file, declaration
 * maps that resolve). Then, on every Node of `PACK_TEST_NODES` (default: the one running this), it installs the
 * tarballs with npm into a fresh project in the OS temp folder (outside the workspace, so nothing resolves through
 * pnpm's links) and there: imports them from ESM, `require()`s them from CommonJS where that Node can load ES modules
 * synchronously, compiles TypeScript consumers under `moduleResolution` "bundler", "node16" and "nodenext", starts
 * the emulator from its installed bin and makes real calls with the installed client (on `fetch` and on its undici
 * transport, `@apify-runs/client/node`), runs the bin through `npx`,
 * and measures what installing the emulator brings. Prints one line per step and a summary, exits 1 on any failure,
 * and removes the temp folder and the emulator process either way (`PACK_TEST_KEEP=1` keeps the folder).
 */
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
import { cleanEnv, must, run, startEmulatorBin, stop, stopAll } from './process.js';
import { type Runtime, runtimes } from './runtimes.js';
import { installedSize } from './size.js';
import { tarballProblems } from './tarball.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const fixture = path.resolve(here, '../fixture');
const reportFile = path.resolve(here, '../.reports/pack-test.json');

/** The public packages, in dependency order. */
const PACKAGES = [
  {
    name: '@apify-runs/types',
    dir: 'packages/types',
    mustHave: ['dist/index.js', 'dist/index.d.ts', 'dist/index.d.ts.map', 'src/index.ts', 'openapi.json'],
  },
  { name: '@apify-runs/client', dir: 'packages/client', mustHave: ['dist/index.js', 'dist/index.d.ts'] },
  {
    name: '@apify-runs/emulator',
    dir: 'packages/emulator',
    mustHave: ['bin/apify-runs-emulator.js', 'dist/index.js', 'dist/index.d.ts', 'dist/cli.js'],
  },
] as const;
/** The consumer's TypeScript, as the brief of the pack test pins it; @types/node follows the workspace's. */
const TYPESCRIPT = 'typescript@5.9.3';
const TYPES_NODE = `@types/node@${createRequire(import.meta.url)('@types/node/package.json').version}`;
/** The optional peer of `@apify-runs/client/node`, at the version the client is built and tested against. */
const UNDICI = `undici@${createRequire(path.join(repo, 'packages/client/package.json'))('undici/package.json').version}`;
/** The emulator's promise: with its dependencies, at most this many bytes installed (its README says how much). */
const EMULATOR_INSTALL_BUDGET_BYTES = 20_000_000;

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
  mkdirSync(tarballs);
  const steps: Step[] = [];
  let broken = false;

  const cleanup = async () => {
    await stopAll();
    if (process.env.PACK_TEST_KEEP) console.log(`[pack-test] kept ${workdir}`);
    else rmSync(workdir, { recursive: true, force: true });
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  /**
   * Runs one step unless a required one failed before it (then it is skipped), or records it as skipped with the
   * reason `skip` gives. A failed required step skips all the steps after it.
   */
  const step = async (name: string, body: () => Promise<string | undefined>, required = false, skip?: string) => {
    if (broken || skip) {
      const reason = broken ? 'a required step failed' : skip;
      steps.push({ name, status: 'skipped', ms: 0, detail: reason });
      console.log(`- ${name}: skipped (${reason})`);
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
    const workspaceEnv = cleanEnv(path.dirname(process.execPath));
    await step(
      'build the public packages',
      async () => {
        const filters = PACKAGES.map((pkg) => `--filter=${pkg.name}`);
        await must('pnpm', ['exec', 'turbo', 'run', 'build', ...filters, '--output-logs=errors-only'], repo, {
          ...process.env,
        });
        return undefined;
      },
      true,
    );

    const packed: string[] = [];
    await step(
      'pnpm pack types, client, emulator; check each tarball',
      async () => {
        const sizes: string[] = [];
        const problems: string[] = [];
        for (const pkg of PACKAGES) {
          const before = new Set(readdirSync(tarballs));
          await must('pnpm', ['pack', '--pack-destination', tarballs], path.join(repo, pkg.dir), { ...process.env });
          const created = readdirSync(tarballs).filter((file) => !before.has(file));
          if (created.length !== 1 || !created[0]) throw new Error(`${pkg.name}: expected one tarball, got ${created}`);
          const tarball = path.join(tarballs, created[0]);
          const unpacked = path.join(workdir, 'unpacked', pkg.dir);
          mkdirSync(unpacked, { recursive: true });
          await must('tar', ['-xzf', tarball, '-C', unpacked], workdir, workspaceEnv);
          problems.push(
            ...tarballProblems(path.join(unpacked, 'package'), pkg.mustHave).map((p) => `${pkg.name}: ${p}`),
          );
          packed.push(tarball);
          sizes.push(`${created[0]} ${(statSync(tarball).size / 1024).toFixed(0)} kB`);
        }
        if (problems.length > 0) throw new Error(problems.join('\n'));
        return sizes.join(', ');
      },
      true,
    );

    for (const runtime of broken ? [] : runtimes()) await usePackages(runtime, { workdir, packed, step });
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

type StepFn = (
  name: string,
  body: () => Promise<string | undefined>,
  required?: boolean,
  skip?: string,
) => Promise<void>;

/** The tarballs installed into a fresh project and used there, everything run by `runtime`'s Node. */
async function usePackages(
  runtime: Runtime,
  options: { workdir: string; packed: string[]; step: StepFn },
): Promise<void> {
  const { step, packed } = options;
  const on = `Node ${runtime.version}`;
  const project = path.join(options.workdir, `node${runtime.major}`, 'project');
  mkdirSync(project, { recursive: true });
  const env = cleanEnv(path.dirname(runtime.node));
  const node = (args: string[]) => must(runtime.node, args, project, env);

  let installed = false;
  await step(`${on}: npm install the tarballs + ${TYPESCRIPT} + ${UNDICI} in a fresh project`, async () => {
    writeFileSync(
      path.join(project, 'package.json'),
      `${JSON.stringify({ name: 'apify-runs-pack-test-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    for (const file of readdirSync(fixture)) copyFileSync(path.join(fixture, file), path.join(project, file));
    const versions = JSON.parse(await must('npm', ['version', '--json'], project, env)) as Record<string, string>;
    if (`v${versions.node}` !== runtime.version)
      throw new Error(`npm runs on Node ${versions.node}, not ${runtime.version}`);
    await must(
      'npm',
      [
        'install',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        '--engine-strict',
        ...packed,
        TYPESCRIPT,
        TYPES_NODE,
        UNDICI,
      ],
      project,
      env,
    );
    installed = true;
    const packages = PACKAGES.map((pkg) => {
      const manifest = JSON.parse(readFileSync(path.join(project, 'node_modules', pkg.name, 'package.json'), 'utf8'));
      return `${pkg.name}@${manifest.version}`;
    });
    return `${packages.join(', ')} (npm ${versions.npm}, engines checked)`;
  });
  const notInstalled = installed ? undefined : 'the install failed';

  await step(`${on}: import the packages from ESM`, async () => (await node(['esm.mjs'])).trim(), false, notInstalled);

  await step(
    `${on}: require() the packages from CommonJS`,
    async () => {
      const output = (await node(['require.cjs'])).trim();
      if (!output.includes(`on Node ${runtime.version}`)) throw new Error(`unexpected output:\n${output}`);
      // Some Node versions print an ExperimentalWarning for require(esm): worth knowing, not a failure.
      return output
        .split('\n')
        .filter((line) => /require\(\) ok|ExperimentalWarning/.test(line))
        .join('; ');
    },
    false,
    notInstalled ?? (runtime.requireEsm ? undefined : `Node ${runtime.version} cannot require() ES modules`),
  );

  const tsc = path.join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const resolution of ['bundler', 'node16', 'nodenext']) {
    await step(
      `${on}: tsc --noEmit, moduleResolution "${resolution}"`,
      async () => {
        await node([tsc, '--noEmit', '-p', `tsconfig.${resolution}.json`]);
        return undefined;
      },
      false,
      notInstalled,
    );
  }

  await step(
    `${on}: the installed emulator bin + one call with the installed client`,
    async () => {
      const started = startEmulatorBin(project, env);
      try {
        const url = await started.url;
        const output = await node(['call.mjs', url]);
        return `${url}: ${output.trim()}`;
      } finally {
        await stop(started.child);
      }
    },
    false,
    notInstalled,
  );

  await step(
    `${on}: the installed client on createNodeFetch (@apify-runs/client/node, ${UNDICI}) against the emulator bin`,
    async () => {
      const started = startEmulatorBin(project, env);
      try {
        return (await node(['node-call.mjs', await started.url])).trim();
      } finally {
        await stop(started.child);
      }
    },
    false,
    notInstalled,
  );

  await step(
    `${on}: npx apify-runs-emulator --help`,
    async () => {
      const result = await run('npx', ['--no-install', 'apify-runs-emulator', '--help'], project, env);
      if (result.code !== 0 || !result.output.includes('Usage: apify-runs-emulator')) {
        throw new Error(`exit ${result.code}:\n${result.output}`);
      }
      return undefined;
    },
    false,
    notInstalled,
  );

  await step(
    `${on}: the emulator with its dependencies installs in at most 20 MB`,
    async () => {
      const size = installedSize(project, '@apify-runs/emulator');
      const detail = `${(size.bytes / 1e6).toFixed(1)} MB in ${size.packages.length} packages (${size.packages.join(', ')})`;
      if (size.bytes > EMULATOR_INSTALL_BUDGET_BYTES) throw new Error(`over budget: ${detail}`);
      return detail;
    },
    false,
    notInstalled,
  );
}

process.exitCode = await main();
