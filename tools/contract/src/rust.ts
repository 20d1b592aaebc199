/**
 * Rust: openapi-generator (pinned, src/openapi-generator.ts) with `-g rust` (reqwest) from the committed OpenAPI
 * 3.0.3 copy into .generated/rust, a crate as the generator writes it; rust/ (a crate with a committed Cargo.lock)
 * depends on it by path, and `cargo build --locked` builds the check program, which runs against the emulator. The
 * 3.1 bundle is generated too (into .generated/rust-3.1, not built) so that its log is checked as well.
 */
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { runCheckProgram } from './check-program.js';
import { generateBothBundles } from './openapi-generator.js';
import { CONTRACT_DIR } from './paths.js';
import { type ContractResult, seconds } from './result.js';

const RUST_DIR = join(CONTRACT_DIR, 'rust');
const OUT = join(CONTRACT_DIR, '.generated', 'rust');
const OUT_31 = join(CONTRACT_DIR, '.generated', 'rust-3.1');
/**
 * The generator's options, as the docs guide gives them. `packageVersion` because the crate version would come
 * from `info.version` (`v2-2026-08-05`), which is not a semantic version and which cargo therefore refuses.
 */
export const RUST_GENERATOR_ARGS = ['--additional-properties', 'packageName=apify_runs,packageVersion=0.0.0'];

export async function runRust(url: string, token: string): Promise<ContractResult> {
  const details: string[] = [];
  const fail = (message: string): ContractResult => ({
    name: 'rust',
    operations: [],
    result: 'FAILED',
    details: [...details, message],
  });

  const generated = await generateBothBundles('rust', { built: OUT, checked: OUT_31 }, RUST_GENERATOR_ARGS, details);
  if (generated) return fail(generated);

  // target/ stays between runs (git-ignored): a warm build recompiles only the generated crate and the program.
  const build = await exec('cargo', ['build', '--locked', '--quiet'], {
    cwd: RUST_DIR,
    env: { CARGO_TERM_COLOR: 'never' },
    timeoutMs: 900_000,
  });
  if (build.code !== 0) return fail(`cargo build failed:\n${build.stdout}${build.stderr}`);
  details.push(`cargo build: ${seconds(build.ms)}`);

  const binary = join(RUST_DIR, 'target', 'debug', 'apify-runs-contract-check');
  return runCheckProgram({ name: 'rust', label: 'check', command: binary }, url, token, details);
}
