#!/usr/bin/env node
// Builds the workspace packages the calling tool imports, through turbo. Run it from a package script
// (`apify-runs-build-deps && tsx src/main.ts`): pnpm tells it the package through npm_package_name.
//
// After the first run it is a cached no-op and prints nothing. When something has to be built (a fresh clone, changed
// sources) it says so on stderr and shows each package as it builds, because a first `pnpm demo` spends 15 to 50
// seconds here and must not look like a hang.
import { spawn } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/**
 * The build tasks of a `turbo run build --dry=json` answer that run a command, dependencies first, each with whether
 * turbo's cache already holds its outputs.
 *
 * @param {string} dryRunJson
 * @returns {{ taskId: string, package: string, cached: boolean }[]}
 */
export function buildPlan(dryRunJson) {
  /** @typedef {{ taskId: string, package: string, command: string, dependencies: string[], cache: { status: string } }} DryTask */
  /** @type {{ tasks: DryTask[] }} */
  const dry = JSON.parse(dryRunJson);
  const tasks = new Map(dry.tasks.map((task) => [task.taskId, task]));
  /** @type {DryTask[]} */
  const ordered = [];
  const placed = new Set();
  /** @param {string} taskId */
  const place = (taskId) => {
    const task = tasks.get(taskId);
    if (!task || placed.has(taskId)) return;
    placed.add(taskId);
    for (const dependency of task.dependencies) place(dependency);
    ordered.push(task);
  };
  for (const taskId of [...tasks.keys()].sort()) place(taskId);
  return ordered
    .filter((task) => task.command !== '<NONEXISTENT>')
    .map((task) => ({ taskId: task.taskId, package: task.package, cached: task.cache.status === 'HIT' }));
}

/**
 * Builds what `name` depends on. `turbo(args)` runs turbo with those arguments; `write` prints (stderr); `live` redraws
 * an elapsed-time counter on the current line once a second (a terminal), otherwise each line is printed once.
 *
 * @param {{
 *   name: string,
 *   turbo: (args: string[]) => Promise<{ code: number | null, stdout: string, stderr: string }>,
 *   write: (text: string) => void,
 *   live?: boolean,
 *   now?: () => number,
 * }} options
 * @returns {Promise<number>} the exit code
 */
export async function buildDeps({ name, turbo, write, live = false, now = () => performance.now() }) {
  const filter = `--filter=${name}^...`;
  /** @type {(result: { code: number | null, stdout: string, stderr: string }, what: string) => number} */
  const failed = (result, what) => {
    write(`${result.stdout}${result.stderr}`);
    write(`\nBuilding ${what} failed (see above).\n`);
    return result.code || 1;
  };

  const dry = await turbo(['run', 'build', filter, '--dry=json']);
  let plan;
  try {
    plan = dry.code === 0 ? buildPlan(dry.stdout) : undefined;
  } catch {
    plan = undefined;
  }
  const toBuild = plan?.filter((task) => !task.cached) ?? [];
  if (!plan || toBuild.length === 0) {
    // Everything is in turbo's cache (restoring a missing dist/ takes a moment), or the plan could not be read.
    if (!plan) write(`Building the workspace packages ${name} uses…\n`);
    const result = await turbo(['run', 'build', filter, '--output-logs=errors-only']);
    return result.code === 0 ? 0 : failed(result, `the packages ${name} uses`);
  }

  const started = now();
  /** @param {number} since */
  const seconds = (since) => `${((now() - since) / 1000).toFixed(1)} s`;
  write(
    `Building ${toBuild.length} workspace package${toBuild.length === 1 ? '' : 's'} for ${name} ` +
      '(only when their sources changed; later runs use the cache):\n',
  );
  let built = 0;
  for (const task of plan) {
    if (task.cached) {
      const result = await turbo(['run', 'build', `--filter=${task.package}`, '--only', '--output-logs=errors-only']);
      if (result.code !== 0) return failed(result, task.package);
      continue;
    }
    built += 1;
    const label = `  [${built}/${toBuild.length}] ${task.package} …`;
    const taskStarted = now();
    let ticker;
    if (live) {
      write(label);
      ticker = setInterval(() => write(`\r${label} ${Math.round((now() - taskStarted) / 1000)} s`), 1000);
    } else {
      write(`${label}\n`);
    }
    const result = await turbo(['run', 'build', `--filter=${task.package}`, '--only', '--output-logs=errors-only']);
    clearInterval(ticker);
    if (result.code !== 0) {
      if (live) write('\n');
      return failed(result, task.package);
    }
    write(
      live ? `\r${label} done in ${seconds(taskStarted)}\n` : `  ${task.package} built in ${seconds(taskStarted)}\n`,
    );
  }
  write(`Built in ${seconds(started)}.\n\n`);
  return 0;
}

/**
 * Runs `pnpm exec turbo …` and collects its output.
 *
 * @param {string[]} args
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string }>}
 */
function runTurbo(args) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['exec', 'turbo', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error) => resolve({ code: null, stdout, stderr: `${stderr}${error.message}\n` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Run as a command (pnpm links it through node_modules/.bin), not imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const name = process.env.npm_package_name;
  if (!name) {
    console.error('apify-runs-build-deps: run it from a package.json script (npm_package_name is not set).');
    process.exit(2);
  }
  process.exitCode = await buildDeps({
    name,
    turbo: runTurbo,
    write: (text) => process.stderr.write(text),
    live: process.stderr.isTTY === true && !process.env.CI,
  });
}
