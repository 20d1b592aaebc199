/**
 * Python: a venv in tools/contract/.venv with the pinned openapi-python-client, the client generated from
 * openapi/dist/openapi.json into .generated/python/apify_runs_client, then python/check.py against the emulator.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ContractResult, exec, parseCheckOutput, seconds } from './exec.js';
import { CONTRACT_DIR, SPEC_JSON } from './paths.js';
import type { Toolchain } from './toolchains.js';

/** Pinned: bump deliberately, then run `pnpm test:contract`. */
export const OPENAPI_PYTHON_CLIENT_VERSION = '0.29.1';

const VENV = join(CONTRACT_DIR, '.venv');
const VENV_PYTHON = join(VENV, 'bin', 'python');
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
  const started = performance.now();
  const pinned = existsSync(VENV_PYTHON)
    ? await exec(VENV_PYTHON, ['-m', 'pip', 'show', 'openapi-python-client'])
    : undefined;
  if (!pinned?.stdout.includes(`Version: ${OPENAPI_PYTHON_CLIENT_VERSION}`)) {
    if (!existsSync(VENV_PYTHON)) {
      const venv = await exec(python.command ?? 'python3', ['-m', 'venv', VENV]);
      if (venv.code !== 0) return fail(`python -m venv failed:\n${venv.stderr}`);
    }
    const pip = await exec(VENV_PYTHON, [
      '-m',
      'pip',
      'install',
      '--quiet',
      '--disable-pip-version-check',
      `openapi-python-client==${OPENAPI_PYTHON_CLIENT_VERSION}`,
    ]);
    if (pip.code !== 0) return fail(`pip install failed:\n${pip.stdout}${pip.stderr}`);
  }
  details.push(
    `venv + openapi-python-client ${OPENAPI_PYTHON_CLIENT_VERSION}: ${seconds(performance.now() - started)}`,
  );

  // 2. generate, failing on any warning
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const generate = await exec(join(VENV, 'bin', 'openapi-python-client'), [
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
  const run = await exec(VENV_PYTHON, [join(CONTRACT_DIR, 'python', 'check.py')], {
    env: { APIFY_RUNS_URL: url, APIFY_RUNS_TOKEN: token, PYTHONPATH: OUT, PYTHONDONTWRITEBYTECODE: '1' },
    timeoutMs: 120_000,
  });
  const { passed, failed, lines, operations } = parseCheckOutput(run.stdout);
  details.push(`check.py: ${seconds(run.ms)}`, ...lines);
  if (run.stderr.trim()) details.push(run.stderr.trim());
  const ok = run.code === 0 && failed.length === 0 && passed.length > 0;
  return { name: 'python', operations, result: ok ? 'PASSED' : 'FAILED', details };
}
