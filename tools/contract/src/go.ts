/**
 * Go: the committed OpenAPI 3.0.3 copy openapi/dist/openapi-3.0.json (oapi-codegen's parser, kin-openapi, reads 3.0
 * only; `pnpm generate` writes the copy, see tools/spec/src/openapi-30.ts), types + client generated with the pinned oapi-codegen into .generated/go (a module), then
 * go/check (module tools/contract/go, which `replace`s the generated module) built and run against the emulator.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { runCheckProgram } from './check-program.js';
import { CONTRACT_DIR, SPEC_JSON_30 } from './paths.js';
import { type ContractResult, seconds } from './result.js';

/** Pinned: bump deliberately, then run `pnpm test:contract`. */
export const OAPI_CODEGEN_VERSION = 'v2.8.2';

const GO_DIR = join(CONTRACT_DIR, 'go');
const OUT = join(CONTRACT_DIR, '.generated', 'go');

/** `go` prints module downloads on stderr; everything else oapi-codegen prints is treated as a warning. */
const QUIET_OUTPUT = /^(go: downloading .*|go: finding .*|go: extracting .*|)$/;

export async function runGo(url: string, token: string): Promise<ContractResult> {
  const details: string[] = [];
  const fail = (message: string): ContractResult => ({
    name: 'go',
    operations: [],
    result: 'FAILED',
    details: [...details, message],
  });

  // 1. a fresh module for the generated package
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'apifyruns'), { recursive: true });
  writeFileSync(join(OUT, 'go.mod'), 'module apifyruns.local/generated\n\ngo 1.24.0\n');

  // 2. generate (go run with a pinned version; the module cache makes reruns fast)
  const generate = await exec(
    'go',
    [
      'run',
      `github.com/oapi-codegen/oapi-codegen/v2/cmd/oapi-codegen@${OAPI_CODEGEN_VERSION}`,
      '-config',
      'oapi-codegen.yaml',
      SPEC_JSON_30,
    ],
    { cwd: GO_DIR },
  );
  const noise = `${generate.stdout}\n${generate.stderr}`.split('\n').filter((line) => !QUIET_OUTPUT.test(line.trim()));
  if (generate.code !== 0 || noise.length > 0) {
    return fail(`oapi-codegen ${OAPI_CODEGEN_VERSION} (exit ${generate.code}) printed:\n${noise.join('\n')}`);
  }
  details.push(`oapi-codegen ${OAPI_CODEGEN_VERSION} (openapi-3.0.json): ${seconds(generate.ms)}, no warnings`);

  // 3. build and run the check program
  const binary = join(OUT, 'check');
  const build = await exec('go', ['build', '-o', binary, './check'], { cwd: GO_DIR });
  if (build.code !== 0) return fail(`go build failed:\n${build.stdout}${build.stderr}`);
  details.push(`go build: ${seconds(build.ms)}`);
  return runCheckProgram({ name: 'go', label: 'check', command: binary }, url, token, details);
}
