import { describe, expect, it } from 'vitest';
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
