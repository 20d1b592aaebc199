import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const children: ChildProcess[] = [];

function start(args: string[]): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

/** The first stdout line; fails with the child's stderr if it exits first. */
async function firstLine(child: ChildProcess): Promise<string> {
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    return await new Promise<string>((resolve, reject) => {
      lines.once('line', resolve);
      child.once('exit', (code) => reject(new Error(`CLI exited with ${code} before listening: ${stderr}`)));
    });
  } finally {
    lines.close();
  }
}

async function finish(child: ChildProcess): Promise<{ code: number | null; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  return { code, stderr, stdout };
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

describe('apify-runs-emulator CLI', () => {
  it('prints the address first, serves the demo with extra tokens, and stops on SIGTERM', async () => {
    const child = start(['--port', '0', '--seed', 'demo', '--token', 'one', '--token', 'two']);
    const line = await firstLine(child);
    const match = /^listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(line);
    expect(match).not.toBeNull();
    const url = match?.[1] as string;
    expect(Number(match?.[2])).toBeGreaterThan(0);
    for (const token of ['apify_demo_token', 'one', 'two']) {
      const response = await fetch(`${url}/v2/acts/demo~web-scraper/runs/last?status=SUCCEEDED`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { id: string } }).data.id).toBe('DemoRunSucceeded1');
    }
    const wrong = await fetch(`${url}/v2/acts/demo~web-scraper/runs/last`, { headers: { authorization: 'Bearer x' } });
    expect(wrong.status).toBe(401);
    const exited = finish(child);
    child.kill('SIGTERM');
    expect((await exited).code).toBe(0);
  });

  it('stops cleanly on SIGINT', async () => {
    const child = start(['--port', '0']);
    expect(await firstLine(child)).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+$/);
    const exited = finish(child);
    child.kill('SIGINT');
    expect((await exited).code).toBe(0);
  });

  it('serves a storage folder given with --storage', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'emulator-cli-'));
    try {
      await mkdir(join(dir, 'datasets', 'default'), { recursive: true });
      await writeFile(join(dir, 'datasets', 'default', '000000001.json'), JSON.stringify({ from: 'disk' }));
      const child = start(['--storage', dir, '--token', 'disk_token']);
      const url = (await firstLine(child)).replace('listening on ', '');
      const response = await fetch(`${url}/v2/acts/local~local-actor/runs/last/dataset/items`, {
        headers: { authorization: 'Bearer disk_token' },
      });
      expect(await response.json()).toEqual([{ from: 'disk' }]);
      const exited = finish(child);
      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('prints usage on --help and exits 0', async () => {
    const result = await finish(start(['--help']));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: apify-runs-emulator');
  });

  it.each([[['--bogus']], [['--port', 'abc']], [['--port', '70000']], [['--seed', 'other']], [['stray']]])(
    'rejects %j with usage on stderr and exit code 2',
    async (args) => {
      const result = await finish(start(args));
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Usage: apify-runs-emulator');
      expect(result.stdout).toBe('');
    },
  );
});

describe('spawnEmulator', () => {
  it('starts the CLI in a child process, sets it up through the admin API and stops it', async () => {
    const { spawnEmulator } = await import('../src/index.js');
    const emulator = await spawnEmulator({ args: ['--token', 'child_token'] });
    try {
      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      await emulator.admin('/actors', { name: 'child-actor' });
      const { run } = await emulator.admin<{ run: { id: string; status: string } }>('/runs', {
        actorId: 'demo~child-actor',
        status: 'SUCCEEDED',
      });
      const response = await fetch(`${emulator.url}/v2/actor-runs/${run.id}`);
      expect(((await response.json()) as { data: { status: string } }).data.status).toBe('SUCCEEDED');
      expect(await emulator.admin<{ runs: number }>('/health')).toMatchObject({ status: 'ok', runs: 1 });
      await expect(emulator.admin('/runs', { actorId: 'nobody~nothing' })).rejects.toThrow(
        /^POST \/__emulator\/runs: 404 /,
      );
    } finally {
      await emulator.close();
    }
    expect(emulator.child.exitCode).toBe(0);
  });

  it('rejects with the exit code when the CLI cannot start', async () => {
    const { spawnEmulator } = await import('../src/index.js');
    await expect(spawnEmulator({ args: ['--no-such-flag'], stderr: 'ignore' })).rejects.toThrow(
      'apify-runs-emulator exited with 2 before listening',
    );
  });
});
