/**
 * openapi-generator (pinned), shared by the Java and Rust contracts: the CLI jar comes from Maven Central through
 * Maven itself (`dependency:copy`, cached in ~/.m2 and in .generated/tools), and every generation log is sorted into
 * errors, warnings that point at the spec (both fail the run) and the generator-internal warnings listed below.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '@apify-runs/tool-kit/exec';
import { CONTRACT_DIR, SPEC_JSON, SPEC_JSON_30 } from './paths.js';
import { seconds } from './result.js';

/** Pinned: bump deliberately, then run `pnpm test:contract java rust`. */
export const OPENAPI_GENERATOR_VERSION = '7.25.0';
export const OPENAPI_GENERATOR_ARTIFACT = `org.openapitools:openapi-generator-cli:${OPENAPI_GENERATOR_VERSION}`;

const TOOLS = join(CONTRACT_DIR, '.generated', 'tools');
export const GENERATOR_JAR = join(TOOLS, `openapi-generator-cli-${OPENAPI_GENERATOR_VERSION}.jar`);

/**
 * Warnings the generator prints for any spec of this kind, each with why it is not the spec's: anything else it
 * logs at WARN or ERROR fails the contract. Keep the reasons current when the pinned version changes.
 */
export const GENERATOR_INTERNAL: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  {
    pattern: /OpenAPI 3\.1 support is still in beta/,
    reason: 'printed for every 3.1 document (the committed 3.0.3 copy does not get it)',
  },
  {
    pattern: /AbstractJavaCodegen - Ignoring complex example on request body/,
    reason:
      'the Java generator never uses the example of a request body that is a model; every JSON body has one by the ' +
      'house rules, for the docs and for Schemathesis',
  },
  {
    // AbstractRustCodegen.sanitizeIdentifier logs every name it has to change; these are names the API fixes.
    pattern: /AbstractRustCodegen - \S+ cannot be used as a (enum variant|field\/variable|parameter|model|enum) name\./,
    reason:
      'the Rust generator logs each name it makes a Rust identifier of: header names (Content-Encoding, ' +
      'X-Apify-Pagination-*), media types, enum values with a hyphen (TIMED-OUT), the field `type` (r#type), and ' +
      'type names it builds internally while flattening allOf (serde_json::Value); the HTTP and JSON names stay',
  },
];

export interface GeneratorLog {
  /** ERROR lines, exceptions, and WARN lines that are not generator-internal. */
  problems: string[];
  /** Generator-internal warnings, counted: `3 × <reason>`. */
  internal: string[];
}

/** Sorts a generation log (stdout and stderr) into problems and generator-internal warnings. */
export function classifyGeneratorLog(output: string): GeneratorLog {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const line of output.split('\n')) {
    // Log lines look like `[main] WARN  o.o.codegen.X - message`; a crash prints a Java stack trace.
    const serious = /^\[\w+\] ERROR |^Exception in thread |^Caused by: /.test(line);
    if (!serious && !/^\[\w+\] WARN /.test(line)) continue;
    const known = serious ? undefined : GENERATOR_INTERNAL.find(({ pattern }) => pattern.test(line));
    if (known) counts.set(known.reason, (counts.get(known.reason) ?? 0) + 1);
    else problems.push(line.trim());
  }
  return { problems, internal: [...counts].map(([reason, count]) => `${count} × ${reason}`) };
}

/** Fetches the pinned CLI jar with Maven (once; Maven's local repository caches the download). */
export async function ensureGeneratorJar(): Promise<{ ok: true; ms: number } | { ok: false; message: string }> {
  const started = performance.now();
  if (existsSync(GENERATOR_JAR)) return { ok: true, ms: performance.now() - started };
  mkdirSync(TOOLS, { recursive: true });
  const copy = await exec(
    'mvn',
    [
      '-B',
      '-q',
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy',
      `-Dartifact=${OPENAPI_GENERATOR_ARTIFACT}`,
      `-DoutputDirectory=${TOOLS}`,
    ],
    { timeoutMs: 600_000 },
  );
  if (copy.code !== 0 || !existsSync(GENERATOR_JAR)) {
    return {
      ok: false,
      message: `mvn dependency:copy ${OPENAPI_GENERATOR_ARTIFACT} failed:\n${copy.stdout}${copy.stderr}`,
    };
  }
  return { ok: true, ms: performance.now() - started };
}

/**
 * Runs `generate` and classifies its log. `spec` is a path; `args` add the generator options. The result's detail
 * line names the input, the time and the generator-internal warnings.
 */
export async function generate(
  generator: string,
  spec: string,
  output: string,
  args: string[] = [],
): Promise<{ ok: boolean; detail: string; log: GeneratorLog }> {
  const run = await exec(
    'java',
    ['-jar', GENERATOR_JAR, 'generate', '-g', generator, '-i', spec, '-o', output, ...args],
    { timeoutMs: 300_000 },
  );
  const log = classifyGeneratorLog(`${run.stdout}\n${run.stderr}`);
  const ok = run.code === 0 && log.problems.length === 0;
  const name = spec.split('/').pop();
  const head = `openapi-generator ${OPENAPI_GENERATOR_VERSION} -g ${generator} (${name}): ${seconds(run.ms)}, `;
  const detail = ok
    ? `${head}no error, no warning about the spec${log.internal.length ? `; generator-internal: ${log.internal.join('; ')}` : ''}`
    : `${head}exit ${run.code}, ${log.problems.length} problem(s):\n${log.problems.slice(0, 40).join('\n')}`;
  return { ok, detail, log };
}

/**
 * Fetches the jar, then generates with `generator` from the 3.0.3 copy into `built` (the client the contract builds)
 * and from the 3.1 bundle into `checked` (only its log matters). Pushes one detail line per step; returns why it
 * failed, or undefined.
 */
export async function generateBothBundles(
  generator: string,
  outputs: { built: string; checked: string },
  args: string[],
  details: string[],
): Promise<string | undefined> {
  const jar = await ensureGeneratorJar();
  if (!jar.ok) return jar.message;
  details.push(`openapi-generator-cli jar (Maven): ${seconds(jar.ms)}`);
  for (const [spec, out] of [
    [SPEC_JSON_30, outputs.built],
    [SPEC_JSON, outputs.checked],
  ] as const) {
    rmSync(out, { recursive: true, force: true });
    const generated = await generate(generator, spec, out, args);
    if (!generated.ok) return generated.detail;
    details.push(generated.detail);
  }
  return undefined;
}
