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

describe('pnpm test:contract without Python and Go', () => {
  it('skips every contract with what it needs, prints the table and succeeds', () => {
    const result = run({});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('toolchains: python MISSING, go MISSING');
    expect(result.stdout).toMatch(/\| python +\| — +\| SKIPPED \|/);
    expect(result.stdout).toMatch(/\| go +\| — +\| SKIPPED \|/);
    expect(result.stdout).toMatch(/\| schemathesis +\| — +\| SKIPPED \|/);
    expect(result.stdout).toMatch(/note: go was SKIPPED: no go on PATH; needs Go 1\.24\+/);
    const report = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(report).toMatchObject({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 3 });
  }, 60_000);

  it('fails with CONTRACT_REQUIRE_ALL=1, and rejects an unknown contract name', () => {
    const required = run({ CONTRACT_REQUIRE_ALL: '1' }, ['go']);
    expect(required.status).toBe(1);
    expect(required.stdout).toMatch(/error: go was SKIPPED: no go on PATH/);
    expect(required.stdout).not.toMatch(/\| python/);
    const unknown = run({}, ['rust']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown contract rust: choose from python, go, schemathesis');
  }, 120_000);
});
