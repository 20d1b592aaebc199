/** The result of one contract run (a generated client, or schemathesis), as main.ts prints it. */
export interface ContractResult {
  name: string;
  /** The distinct operationIds exercised, e.g. `actorRun_get`. */
  operations: string[];
  result: 'PASSED' | 'FAILED' | 'SKIPPED';
  /** Human-readable lines: what ran, timings, failures, what is missing. */
  details: string[];
}

/**
 * Parses the `ok   <check> <detail>` / `FAIL <check> <reason>` lines the check programs print; a check is named by
 * the operationIds it calls, joined with `+`. `operations` is the distinct operationIds over all checks.
 */
export function parseCheckOutput(stdout: string): {
  passed: string[];
  failed: string[];
  lines: string[];
  operations: string[];
} {
  const passed: string[] = [];
  const failed: string[] = [];
  const lines = stdout.split('\n').filter((line) => line.trim() !== '');
  for (const line of lines) {
    const match = /^(ok|FAIL)\s+(\S+)/.exec(line);
    if (!match?.[2]) continue;
    (match[1] === 'ok' ? passed : failed).push(match[2]);
  }
  const operations = [...new Set([...passed, ...failed].flatMap((check) => check.split('+')))];
  return { passed, failed, lines, operations };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
