import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDeps, buildPlan } from '../bin/build-deps.mjs';
import { exec } from '../src/exec.js';

const BIN = fileURLToPath(new URL('../bin/build-deps.mjs', import.meta.url));
const REPO = fileURLToPath(new URL('../../..', import.meta.url));

/** A turbo dry-run answer with the given tasks (`dependencies` are task IDs). */
function dryRun(tasks: { id: string; deps?: string[]; hit?: boolean; command?: string }[]): string {
  return JSON.stringify({
    tasks: tasks.map((task) => ({
      taskId: task.id,
      package: task.id.split('#')[0],
      command: task.command ?? 'tsc -p tsconfig.build.json',
      dependencies: task.deps ?? [],
      cache: { status: task.hit ? 'HIT' : 'MISS' },
    })),
  });
}

/** Records the turbo invocations and answers the dry run with `dry`; every build succeeds unless it is `failing`. */
function fakeTurbo(dry: string, failing?: string) {
  const calls: string[][] = [];
  const turbo = async (args: string[]) => {
    calls.push(args);
    if (args.includes('--dry=json')) return { code: 0, stdout: dry, stderr: '' };
    if (failing && args.includes(`--filter=${failing}`))
      return { code: 1, stdout: 'src/a.ts: error TS2322\n', stderr: '' };
    return { code: 0, stdout: '', stderr: '' };
  };
  return { calls, turbo };
}

/** A clock that advances 1.5 s on every read, so the printed durations are known. */
function steppingClock() {
  let t = 0;
  return () => {
    t += 1500;
    return t;
  };
}

describe('buildPlan', () => {
  it('orders the real workspace tasks dependencies first and drops tasks without a build script', async () => {
    const dry = await exec('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=@apify-runs/demo^...', '--dry=json'], {
      cwd: REPO,
    });
    expect(dry.code).toBe(0);
    const order = buildPlan(dry.stdout).map((task) => task.package);
    expect(order).not.toContain('@apify-runs/tool-kit');
    expect(order.indexOf('@apify-runs/types')).toBeLessThan(order.indexOf('@apify-runs/client'));
    expect(order.indexOf('@apify-runs/types')).toBeLessThan(order.indexOf('@apify-runs/emulator'));
  }, 60_000); // turbo's dry run takes a few seconds, more on a busy machine
});

describe('buildDeps', () => {
  const name = '@apify-runs/demo';

  it('says what it builds and shows each package with its time, dependencies first', async () => {
    const { calls, turbo } = fakeTurbo(
      dryRun([
        { id: 'b#build', deps: ['a#build'] },
        { id: 'a#build', hit: true },
        { id: 'c#build', deps: ['b#build'] },
        { id: 'kit#build', command: '<NONEXISTENT>' },
      ]),
    );
    let out = '';
    const code = await buildDeps({ name, turbo, write: (text) => (out += text), now: steppingClock() });
    expect(code).toBe(0);
    expect(out).toBe(
      'Building 2 workspace packages for @apify-runs/demo (only when their sources changed; later runs use the cache):\n' +
        '  [1/2] b …\n  b built in 1.5 s\n  [2/2] c …\n  c built in 1.5 s\nBuilt in 7.5 s.\n\n',
    );
    // The cached one is restored quietly, in order; nothing for the package without a build.
    expect(calls.slice(1).map((args) => args[2])).toEqual(['--filter=a', '--filter=b', '--filter=c']);
    for (const args of calls.slice(1)) expect(args).toContain('--only');
  });

  it('prints nothing when turbo has everything cached', async () => {
    const { calls, turbo } = fakeTurbo(dryRun([{ id: 'a#build', hit: true }]));
    let out = '';
    expect(await buildDeps({ name, turbo, write: (text) => (out += text) })).toBe(0);
    expect(out).toBe('');
    expect(calls.at(-1)).toEqual(['run', 'build', `--filter=${name}^...`, '--output-logs=errors-only']);
  });

  it('stops at the first failing package and shows its output', async () => {
    const { calls, turbo } = fakeTurbo(dryRun([{ id: 'a#build' }, { id: 'b#build', deps: ['a#build'] }]), 'a');
    let out = '';
    expect(await buildDeps({ name, turbo, write: (text) => (out += text), now: steppingClock() })).toBe(1);
    expect(out).toContain('src/a.ts: error TS2322');
    expect(out).toContain('Building a failed (see above).');
    expect(calls.some((args) => args.includes('--filter=b'))).toBe(false);
  });

  it('refuses to guess the package when it is not run from a package script', async () => {
    const result = await exec(process.execPath, [BIN], { env: { npm_package_name: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run it from a package.json script');
  });
});
