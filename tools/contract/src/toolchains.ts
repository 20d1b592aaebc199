/**
 * Detects the toolchains the contract test needs. A missing one makes that language SKIPPED (not FAILED), with a
 * message that says what to install.
 */
import { exec } from '@apify-runs/tool-kit/exec';

export interface Toolchain {
  available: boolean;
  /** e.g. `Python 3.11.7`, `go1.26.8` */
  version?: string;
  /** The command to run (python3 or python; go). */
  command?: string;
  /** Why it is not usable and what is needed, when `available` is false. */
  missing?: string;
}

const atLeast = (version: number[], minimum: number[]): boolean => {
  for (let i = 0; i < minimum.length; i++) {
    const have = version[i] ?? 0;
    const need = minimum[i] ?? 0;
    if (have !== need) return have > need;
  }
  return true;
};

/** Python ≥ 3.10 (the generated client uses `X | Y` annotations) with the `venv` module and pip (ensurepip). */
export async function detectPython(): Promise<Toolchain> {
  const need = 'Python 3.10+ with venv and pip (Debian/Ubuntu: apt-get install python3 python3-venv python3-pip)';
  for (const command of ['python3', 'python']) {
    const version = await exec(command, ['--version'], { timeoutMs: 10_000 });
    if (version.code !== 0) continue;
    const text = (version.stdout || version.stderr).trim();
    const numbers = /(\d+)\.(\d+)/.exec(text);
    if (!numbers || !atLeast([Number(numbers[1]), Number(numbers[2])], [3, 10])) {
      return { available: false, version: text, missing: `found ${text}; needs ${need}` };
    }
    const venv = await exec(command, ['-c', 'import venv, ensurepip'], { timeoutMs: 10_000 });
    if (venv.code !== 0) {
      return { available: false, version: text, missing: `${text} has no venv/ensurepip module; needs ${need}` };
    }
    return { available: true, version: text, command };
  }
  return { available: false, missing: `no python3 on PATH; needs ${need}` };
}

/** Go ≥ 1.24 (github.com/oapi-codegen/runtime v1.8, the generated client's runtime, needs it). */
export async function detectGo(): Promise<Toolchain> {
  const need = 'Go 1.24+ on PATH (https://go.dev/dl/) and access to the Go module proxy';
  const version = await exec('go', ['version'], { timeoutMs: 10_000 });
  if (version.code !== 0) return { available: false, missing: `no go on PATH; needs ${need}` };
  const text = version.stdout.trim();
  const numbers = /go(\d+)\.(\d+)/.exec(text);
  if (!numbers || !atLeast([Number(numbers[1]), Number(numbers[2])], [1, 24])) {
    return { available: false, version: text, missing: `found ${text}; needs ${need}` };
  }
  return { available: true, version: /go\d+\.\d+(\.\d+)?/.exec(text)?.[0] ?? text, command: 'go' };
}
