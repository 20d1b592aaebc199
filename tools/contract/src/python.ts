/**
 * Python: a venv in tools/contract/.venv with the pinned openapi-python-client, the client generated from
 * openapi/dist/openapi.json into .generated/python/apify_runs_client, then python/check.py against the emulator.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { runCheckProgram } from './check-program.js';
import { CONTRACT_DIR, SPEC_JSON } from './paths.js';
import { type ContractResult, seconds } from './result.js';
import type { Toolchain } from './toolchains.js';
import { ensurePinned, VENV_PYTHON, venvBin } from './venv.js';

/** Pinned: bump deliberately, then run `pnpm test:contract`. */
export const OPENAPI_PYTHON_CLIENT_VERSION = '0.29.1';

const OUT = join(CONTRACT_DIR, '.generated', 'python');

/**
 * What the generator may print on success. Anything else (its `WARNING parsing …` blocks about unsupported
 * types, clashing names, missing references …) fails the run: such warnings point at the spec.
 */
const QUIET_OUTPUT = /^(Generating .*|)$/;

export async function runPython(url: string, token: string, python: Toolchain): Promise<ContractResult> {
  const details: string[] = [];
  const fail = (message: string): ContractResult => ({
    name: 'python',
    operations: [],
    result: 'FAILED',
    details: [...details, message],
  });

  // 1. venv + pinned generator (reused when the pinned version is already there)
  const venv = await ensurePinned('openapi-python-client', OPENAPI_PYTHON_CLIENT_VERSION, python.command);
  if (!venv.ok) return fail(venv.message);
  details.push(`venv + openapi-python-client ${OPENAPI_PYTHON_CLIENT_VERSION}: ${seconds(venv.ms)}`);

  // 2. generate, failing on any warning
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const generate = await exec(venvBin('openapi-python-client'), [
    'generate',
    '--path',
    SPEC_JSON,
    '--output-path',
    join(OUT, 'apify_runs_client'),
    '--meta',
    'none',
    '--overwrite',
    '--config',
    join(CONTRACT_DIR, 'python', 'config.yaml'),
  ]);
  const noise = `${generate.stdout}\n${generate.stderr}`.split('\n').filter((line) => !QUIET_OUTPUT.test(line.trim()));
  if (generate.code !== 0 || noise.length > 0) {
    return fail(`openapi-python-client generate (exit ${generate.code}) printed warnings:\n${noise.join('\n')}`);
  }
  details.push(`generate: ${seconds(generate.ms)}, no warnings`);

  // 3. the check program
  return runCheckProgram(
    {
      name: 'python',
      label: 'check.py',
      command: VENV_PYTHON,
      args: [join(CONTRACT_DIR, 'python', 'check.py')],
      env: { PYTHONPATH: OUT, PYTHONDONTWRITEBYTECODE: '1' },
    },
    url,
    token,
    details,
  );
}
