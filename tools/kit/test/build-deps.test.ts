import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exec } from '../src/exec.js';

const BIN = fileURLToPath(new URL('../bin/build-deps.mjs', import.meta.url));

describe('apify-runs-build-deps', () => {
  it('refuses to guess the package when it is not run from a package script', async () => {
    const result = await exec(process.execPath, [BIN], { env: { npm_package_name: undefined } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run it from a package.json script');
  });
});
