import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec, stopChildren } from '../src/exec.js';

const node = (script: string, options = {}) => exec(process.execPath, ['-e', script], options);
const FOREVER = 'process.stdout.write("ready\\n"); setInterval(() => {}, 1_000)';

describe('exec', () => {
  it('collects stdout, stderr and the exit code', async () => {
    const result = await node('process.stdout.write("out"); process.stderr.write("err"); process.exit(3)');
    expect(result).toMatchObject({ code: 3, stdout: 'out', stderr: 'err', timedOut: false });
    expect(result.output).toMatch(/^(outerr|errout)$/);
    expect(result.ms).toBeGreaterThan(0);
  });

  it('adds to the environment, and removes keys set to undefined', async () => {
    process.env.KIT_TEST_REMOVED = 'here';
    try {
      const result = await node('console.log(process.env.KIT_TEST_ADDED, process.env.KIT_TEST_REMOVED ?? "gone")', {
        env: { KIT_TEST_ADDED: 'added', KIT_TEST_REMOVED: undefined },
      });
      expect(result.stdout).toBe('added gone\n');
    } finally {
      delete process.env.KIT_TEST_REMOVED;
    }
  });

  it('interleaves stdout and stderr in arrival order in output', async () => {
    // The child writes to stderr only once this process has received its stdout (it waits for a file made then).
    const ack = join(mkdtempSync(join(tmpdir(), 'kit-exec-')), 'ack');
    try {
      const script =
        `process.stdout.write("1"); const fs = require("node:fs");` +
        `const t = setInterval(() => { if (fs.existsSync(${JSON.stringify(ack)})) { clearInterval(t); process.stderr.write("2"); } }, 5)`;
      const result = await node(script, { onStdout: () => writeFileSync(ack, '') });
      expect(result.output).toBe('12');
    } finally {
      rmSync(dirname(ack), { recursive: true, force: true });
    }
  });

  it('gives the child only env when inheritEnv is false', async () => {
    process.env.KIT_TEST_INHERITED = 'here';
    try {
      const script = 'console.log(process.env.KIT_TEST_ONLY, process.env.KIT_TEST_INHERITED ?? "not inherited")';
      const result = await node(script, { env: { KIT_TEST_ONLY: 'only' }, inheritEnv: false });
      expect(result.stdout).toBe('only not inherited\n');
    } finally {
      delete process.env.KIT_TEST_INHERITED;
    }
  });

  it('streams stdout and kills the child when the signal aborts', async () => {
    const stop = new AbortController();
    const seen: string[] = [];
    const result = await node(FOREVER, {
      signal: stop.signal,
      onStdout: (chunk: string) => {
        seen.push(chunk);
        stop.abort();
      },
    });
    expect(seen.join('')).toBe('ready\n');
    expect(result).toMatchObject({ code: null, timedOut: false });
  });

  it('kills what is still running on stopChildren(), as a teardown does', async () => {
    let ready = () => {};
    const printed = new Promise<void>((resolve) => {
      ready = resolve;
    });
    const running = node(FOREVER, { onStdout: () => ready() });
    await printed;
    stopChildren();
    expect((await running).code).toBeNull();
  });

  it('kills a child that outlives its time limit, and reports a command that cannot start', async () => {
    expect(await node(FOREVER, { timeoutMs: 1 })).toMatchObject({ code: null, timedOut: true });
    const missing = await exec('/nonexistent/command', []);
    expect(missing.code).toBeNull();
    expect(missing.stderr).toMatch(/ENOENT/);
    expect(missing.output).toMatch(/ENOENT/);
  });
});
