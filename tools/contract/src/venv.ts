/**
 * The Python virtual environment the contract test shares between the Python client (openapi-python-client) and
 * schemathesis: tools/contract/.venv, git-ignored, created on first use.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { CONTRACT_DIR } from './paths.js';

const VENV = join(CONTRACT_DIR, '.venv');
export const VENV_PYTHON = join(VENV, 'bin', 'python');

/** A command the venv's packages installed, e.g. `st`. */
export const venvBin = (name: string): string => join(VENV, 'bin', name);

export type VenvResult = { ok: true; ms: number } | { ok: false; stage: 'venv' | 'pip'; message: string };

/**
 * Makes sure the venv exists and has `pkg` at exactly `version` (pip install when it is missing or another
 * version); a no-op once it is there. `python` is the interpreter that creates the venv.
 */
export async function ensurePinned(pkg: string, version: string, python = 'python3'): Promise<VenvResult> {
  const started = performance.now();
  const shown = existsSync(VENV_PYTHON) ? await exec(VENV_PYTHON, ['-m', 'pip', 'show', pkg]) : undefined;
  if (!shown?.stdout.includes(`Version: ${version}`)) {
    if (!existsSync(VENV_PYTHON)) {
      const venv = await exec(python, ['-m', 'venv', VENV]);
      if (venv.code !== 0) return { ok: false, stage: 'venv', message: `${python} -m venv failed:\n${venv.stderr}` };
    }
    const args = ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `${pkg}==${version}`];
    const pip = await exec(VENV_PYTHON, args);
    if (pip.code !== 0) return { ok: false, stage: 'pip', message: `pip install failed:\n${pip.stdout}${pip.stderr}` };
  }
  return { ok: true, ms: performance.now() - started };
}
