import { describe, expect, it } from 'vitest';
import { exec } from '../src/exec.js';

const node = (script: string, options = {}) => exec(process.execPath, ['-e', script], options);

describe('exec', () => {
  it('collects stdout, stderr and the exit code', async () => {
    const result = await node('process.stdout.write("out"); process.stderr.write("err"); process.exit(3)');
    expect(result).toMatchObject({ code: 3, stdout: 'out', stderr: 'err' });
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

  it('kills a child that outlives its timeout, and reports a command that cannot start', async () => {
    const slow = await node('setTimeout(() => {}, 60_000)', { timeoutMs: 200 });
    expect(slow.code).toBeNull();
    expect(slow.ms).toBeLessThan(10_000);
    const missing = await exec('/nonexistent/command', []);
    expect(missing.code).toBeNull();
    expect(missing.stderr).toMatch(/ENOENT/);
  });
});
