import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTRACT_DIR } from '../src/paths.js';

// `pnpm test:contract` on a machine with Node only: PATH is an empty folder, node is called by its absolute path.
const emptyPath = mkdtempSync(join(tmpdir(), 'contract-no-toolchains-'));
const reportFile = join(emptyPath, 'report', 'contract.json');
afterAll(() => rmSync(emptyPath, { recursive: true, force: true }));

const run = (env: Record<string, string>, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: CONTRACT_DIR,
    env: { ...process.env, PATH: emptyPath, CONTRACT_REQUIRE_ALL: '', CONTRACT_REPORT: reportFile, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('pnpm test:contract without Python, Go, Java or Rust', () => {
  it('skips every contract with what it needs, prints the table and succeeds', () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('toolchains: python MISSING, go MISSING, java MISSING, rust MISSING');
    for (const name of ['python', 'go', 'java', 'rust']) {
      expect(result.stdout).toMatch(new RegExp(`\\| ${name} +\\| — +\\| SKIPPED \\|`));
    }
    expect(result.stdout).toMatch(/\| schemathesis +\| — +\| SKIPPED \|/);
    expect(result.stdout).toMatch(/note: go was SKIPPED: no go on PATH; needs Go 1\.24\+/);
    expect(result.stdout).toMatch(/note: java was SKIPPED: no java on PATH; needs a JDK 11\+ and Maven 3\.6\+/);
    expect(result.stdout).toMatch(/note: rust was SKIPPED: no cargo on PATH; needs Rust 1\.85\+ with cargo/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report).toMatchObject({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 5 });
  }, 60_000);

  it('fails with CONTRACT_REQUIRE_ALL=1, and rejects an unknown contract name', () => {
    const required = run({ CONTRACT_REQUIRE_ALL: '1' }, ['go']);
    expect(required.status).toBe(1);
    expect(required.stdout).toMatch(/error: go was SKIPPED: no go on PATH/);
    expect(required.stdout).not.toMatch(/\| python/);
    const unknown = run({}, ['kotlin']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown contract kotlin: choose from python, go, java, rust, schemathesis');
  }, 120_000);
});
