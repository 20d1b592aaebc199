import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { spec } from './load.js';

describe('independent OpenAPI 3.1 validation', () => {
  it('accepts the bundle', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(spec) as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  }, 60_000);
});
