import { describe, expect, it } from 'vitest';
import { classifyGeneratorLog } from '../src/openapi-generator.js';
import { parseCheckOutput } from '../src/result.js';
import { summarizeRun } from '../src/schemathesis.js';

describe('parseCheckOutput', () => {
  it('splits ok/FAIL lines and collects the distinct operationIds of every check', () => {
    const parsed = parseCheckOutput(
      [
        'ok   actorRun_get status=SUCCEEDED',
        '',
        'FAIL actorRun_dataset_items_get+act_runs_last_dataset_items_get offset 10 returned 0 items',
        'ok   actorRun_get+actorRun_log_get log has 3 lines',
        'note: something else',
      ].join('\n'),
    );
    expect(parsed.passed).toEqual(['actorRun_get', 'actorRun_get+actorRun_log_get']);
    expect(parsed.failed).toEqual(['actorRun_dataset_items_get+act_runs_last_dataset_items_get']);
    expect(parsed.operations).toEqual([
      'actorRun_get',
      'actorRun_log_get',
      'actorRun_dataset_items_get',
      'act_runs_last_dataset_items_get',
    ]);
    expect(parsed.lines).toHaveLength(4);
  });
});

describe('summarizeRun (schemathesis output)', () => {
  it('finds the tested count, the verdict and each failing operation with its checks', () => {
    const output = [
      'API Operations:',
      '  Selected: 63/78',
      '  Tested: 59',
      '=================================== FAILURES ===================================',
      '___________________ GET /v2/actor-runs/{runId}/dataset/items ___________________',
      '1. Test Case ID: zgXWVz',
      '- ST108 Response header does not conform to the schema',
      '==================================== ERRORS ====================================',
      '__________ DELETE /v2/actor-runs/{runId}/request-queue/requests/batch __________',
      'Runtime Error',
      '    SystemError: AST constructor recursion depth mismatch (before=66, after=61)',
      '====================== 3 failures, 2 warnings in 180.02s =======================',
    ].join('\n');
    expect(summarizeRun(output)).toEqual({
      tested: '59',
      verdict: '3 failures, 2 warnings in 180.02s',
      failures: [
        'GET /v2/actor-runs/{runId}/dataset/items',
        '- ST108 Response header does not conform to the schema',
        'DELETE /v2/actor-runs/{runId}/request-queue/requests/batch',
        'Runtime Error',
      ],
    });
  });

  it('reports nothing it cannot find', () => {
    expect(summarizeRun('Traceback (most recent call last):\n')).toEqual({ failures: [] });
  });
});

describe('openapi-generator log', () => {
  it('fails on errors and unknown warnings, and counts the generator-internal ones', () => {
    const log = classifyGeneratorLog(
      [
        '[main] INFO  o.o.codegen.TemplateManager - writing file /x/ApiException.java',
        '[main] WARN  o.o.c.languages.AbstractRustCodegen - TimedOut cannot be used as a enum variant name. Renamed to TimedOut',
        '[main] WARN  o.o.c.languages.AbstractRustCodegen - type cannot be used as a field/variable name. Renamed to r#type',
        '[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null',
        '[main] ERROR o.o.codegen.OpenAPINormalizer - Type object not yet supported in openapi-normalizer',
        'Exception in thread "main" java.lang.RuntimeException: Could not process model \'X\'.',
      ].join('\n'),
    );
    expect(log.problems).toEqual([
      '[main] WARN  o.o.codegen.utils.ModelUtils - Failed to get the schema name: null',
      '[main] ERROR o.o.codegen.OpenAPINormalizer - Type object not yet supported in openapi-normalizer',
      'Exception in thread "main" java.lang.RuntimeException: Could not process model \'X\'.',
    ]);
    expect(log.internal).toHaveLength(1);
    expect(log.internal[0]).toMatch(/^2 × the Rust generator logs each name/);
  });
});
