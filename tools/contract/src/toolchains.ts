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

/**
 * Java ≥ 11 (the level of the Maven project openapi-generator writes) with Maven on PATH: Maven fetches the pinned
 * generator jar and builds the generated client.
 */
export async function detectJava(): Promise<Toolchain> {
  const need = 'a JDK 11+ and Maven 3.6+ on PATH (Debian/Ubuntu: apt-get install default-jdk-headless maven)';
  const java = await exec('java', ['-version'], { timeoutMs: 20_000 });
  if (java.code !== 0) return { available: false, missing: `no java on PATH; needs ${need}` };
  const text = (java.stderr || java.stdout).split('\n')[0]?.trim() ?? '';
  const major = Number(/version "(?:1\.)?(\d+)/.exec(text)?.[1] ?? 0);
  if (major < 11) return { available: false, version: text, missing: `found ${text}; needs ${need}` };
  const maven = await exec('mvn', ['-v'], { timeoutMs: 30_000 });
  if (maven.code !== 0) return { available: false, version: text, missing: `no mvn on PATH; needs ${need}` };
  const mavenVersion = /Apache Maven (\d+)\.(\d+)(\.\d+)?/.exec(maven.stdout);
  if (!mavenVersion || !atLeast([Number(mavenVersion[1]), Number(mavenVersion[2])], [3, 6])) {
    return {
      available: false,
      version: text,
      missing: `found ${mavenVersion?.[0] ?? 'an unknown Maven'}; needs ${need}`,
    };
  }
  return { available: true, version: `Java ${major}, ${mavenVersion[0]}`, command: 'java' };
}

/** Rust: cargo ≥ 1.85 (the locked dependencies of the generated crate, tools/contract/rust/Cargo.lock, need it). */
export async function detectRust(): Promise<Toolchain> {
  const need = 'Rust 1.85+ with cargo on PATH (https://rustup.rs) and access to crates.io';
  const cargo = await exec('cargo', ['--version'], { timeoutMs: 20_000 });
  if (cargo.code !== 0) return { available: false, missing: `no cargo on PATH; needs ${need}` };
  const text = cargo.stdout.trim();
  const numbers = /cargo (\d+)\.(\d+)/.exec(text);
  if (!numbers || !atLeast([Number(numbers[1]), Number(numbers[2])], [1, 85])) {
    return { available: false, version: text, missing: `found ${text}; needs ${need}` };
  }
  return { available: true, version: /cargo \d+\.\d+(\.\d+)?/.exec(text)?.[0] ?? text, command: 'cargo' };
}
