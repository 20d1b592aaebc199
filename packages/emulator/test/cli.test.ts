import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { type CliIo, parseCliArgs, runCli, UsageError } from '../src/cli-run.js';
import { type Emulator, type EmulatorProcess, ManualClock, spawnEmulator, systemClock } from '../src/index.js';
import { until } from './support/until.js';

/** The CLI in this process: what it prints, and a `stop()` standing in for SIGINT/SIGTERM. */
function inProcess(argv: string[]) {
  let out = '';
  let err = '';
  let stop = () => {};
  let emulator: Emulator | undefined;
  let listening: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    listening = resolve;
  });
  const io: CliIo = {
    out: (text) => {
      out += text;
      if (text.startsWith('listening on ')) listening();
    },
    err: (text) => {
      err += text;
    },
    untilStopped: () =>
      new Promise<void>((resolve) => {
        stop = resolve;
      }),
    started: (value) => {
      emulator = value;
    },
  };
  const exit = runCli(argv, io);
  return {
    exit,
    started,
    stop: () => stop(),
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    get emulator() {
      if (!emulator) throw new Error('not started');
      return emulator;
    },
  };
}

describe('apify-runs-emulator flags', () => {
  it('reads every flag, with defaults', () => {
    expect(parseCliArgs([])).toMatchObject({ port: 0, host: '127.0.0.1', tokens: [], help: false });
    expect(parseCliArgs([]).clock).toBe(systemClock);
    const all = parseCliArgs([
      '--port',
      '8080',
      '--host',
      '0.0.0.0',
      '--storage',
      './storage',
      '--seed',
      'demo',
      '--token',
      'a',
      '--token',
      'b',
      '--clock',
      '2025-01-15T10:00:00Z',
      '--exit-on-stdin-end',
    ]);
    expect(all).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      storage: './storage',
      seed: 'demo',
      tokens: ['a', 'b'],
      exitOnStdinEnd: true,
    });
    expect(all.clock).toBeInstanceOf(ManualClock);
    expect(all.clock.now()).toBe(Date.parse('2025-01-15T10:00:00Z'));
    expect(parseCliArgs(['--clock', 'manual']).clock).toBeInstanceOf(ManualClock);
    expect(parseCliArgs(['--clock', 'system']).clock).toBe(systemClock);
    expect(parseCliArgs(['-h']).help).toBe(true);
  });

  it.each([
    [['--bogus']],
    [['--port', 'abc']],
    [['--port', '70000']],
    [['--port', '-1']],
    [['--seed', 'other']],
    [['--host', '']],
    [['--clock', 'fast']],
    [['--clock', '2025-13-45T99:00:00Z']],
    [['--token']],
    [['stray']],
  ])('rejects %j with usage on stderr and exit code 2', async (args) => {
    expect(() => parseCliArgs(args)).toThrow(UsageError);
    const cli = inProcess(args);
    expect(await cli.exit).toBe(2);
    expect(cli.err).toContain('Usage: apify-runs-emulator');
    expect(cli.out).toBe('');
  });

  it('prints usage on --help and exits 0 without starting', async () => {
    const cli = inProcess(['--help']);
    expect(await cli.exit).toBe(0);
    expect(cli.out).toContain('Usage: apify-runs-emulator');
    expect(cli.out).toContain('--clock');
  });
});

describe('apify-runs-emulator in this process', () => {
  it('prints the address first, serves the demo with extra tokens, and stops when told', async () => {
    const cli = inProcess(['--port', '0', '--seed', 'demo', '--token', 'one', '--token', 'two']);
    await cli.started;
    const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))\n$/.exec(cli.out);
    expect(match).not.toBeNull();
    const url = match?.[1] as string;
    for (const token of ['apify_demo_token', 'one', 'two']) {
      const response = await fetch(`${url}/v2/acts/demo~web-scraper/runs/last?status=SUCCEEDED`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { id: string } }).data.id).toBe('DemoRunSucceeded1');
    }
    const wrong = await fetch(`${url}/v2/acts/demo~web-scraper/runs/last`, { headers: { authorization: 'Bearer x' } });
    expect(wrong.status).toBe(401);
    cli.stop();
    expect(await cli.exit).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('serves a storage folder given with --storage, on the clock given with --clock', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
    try {
      await mkdir(join(dir, 'datasets', 'default'), { recursive: true });
      await writeFile(join(dir, 'datasets', 'default', '000000001.json'), JSON.stringify({ from: 'disk' }));
      const cli = inProcess(['--storage', dir, '--token', 'disk_token', '--clock', '2030-05-01T00:00:00Z']);
      await cli.started;
      const { url, clock } = cli.emulator;
      expect(clock.now()).toBe(Date.parse('2030-05-01T00:00:00Z'));
      const response = await fetch(`${url}/v2/acts/local~local-actor/runs/last/dataset/items`, {
        headers: { authorization: 'Bearer disk_token' },
      });
      expect(await response.json()).toEqual([{ from: 'disk' }]);
      cli.stop();
      expect(await cli.exit).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** The one place the binary itself runs: it starts, answers, and stops on a signal or when its parent goes away. */
describe('the apify-runs-emulator binary (spawnEmulator)', () => {
  const spawned: EmulatorProcess[] = [];
  afterEach(async () => {
    for (const emulator of spawned.splice(0)) await emulator.close();
  });

  it('starts the CLI in a child process, sets it up through the admin API, and stops on SIGINT', async () => {
    const emulator = await spawnEmulator({ args: ['--token', 'child_token', '--clock', 'manual'] });
    spawned.push(emulator);
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await emulator.admin('/actors', { name: 'child-actor' });
    const { run } = await emulator.admin<{ run: { id: string; status: string } }>('/runs', {
      actorId: 'demo~child-actor',
      status: 'SUCCEEDED',
    });
    const response = await fetch(`${emulator.url}/v2/actor-runs/${run.id}`);
    expect(((await response.json()) as { data: { status: string } }).data.status).toBe('SUCCEEDED');
    expect(await emulator.admin<{ runs: number }>('/health')).toMatchObject({ status: 'ok', runs: 1 });
    expect(await emulator.admin<{ manual: boolean }>('/clock')).toMatchObject({ manual: true });
    await expect(emulator.admin('/runs', { actorId: 'nobody~nothing' })).rejects.toThrow(
      /^POST \/__emulator\/runs: 404 /,
    );
    const exited = once(emulator.child, 'exit');
    emulator.child.kill('SIGINT');
    expect((await exited)[0]).toBe(0);
  });

  it('rejects with the exit code when the CLI cannot start', async () => {
    await expect(spawnEmulator({ args: ['--no-such-flag'], stderr: 'ignore' })).rejects.toThrow(
      'apify-runs-emulator exited with 2 before listening',
    );
  });

  it('stops by itself when the process that spawned it is killed', async () => {
    const index = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const script = `import(${JSON.stringify(index)}).then(async ({ spawnEmulator }) => {
      const emulator = await spawnEmulator();
      process.stdout.write(emulator.child.pid + '\\n');
    });`;
    const parent = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let pid = 0;
    try {
      const [chunk] = (await once(parent.stdout, 'data')) as [Buffer];
      pid = Number(chunk.toString().trim());
      expect(pid).toBeGreaterThan(0);
      expect(isAlive(pid)).toBe(true);
      parent.kill('SIGKILL');
      await once(parent, 'exit');
      await until(() => !isAlive(pid), 'the orphaned emulator to stop');
    } finally {
      if (parent.exitCode === null && parent.signalCode === null) parent.kill('SIGKILL');
      if (pid && isAlive(pid)) process.kill(pid, 'SIGKILL');
    }
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
