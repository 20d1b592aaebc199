import { ApifyInputError } from '../errors.js';

export const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * `value` as a position of `kind`, checked field by field (it usually comes back from a file or a record): the first
 * of `counts` must be an integer ≥ 0, the others absent or such an integer, each of `strings` absent or a string.
 */
export function checkPosition<P extends { kind: string }>(
  value: P,
  kind: P['kind'],
  counts: readonly string[],
  strings: readonly string[] = [],
): P {
  const record = value as unknown as Record<string, unknown>;
  const ok =
    record?.kind === kind &&
    isCount(record[counts[0] as string]) &&
    counts.every((field) => record[field] === undefined || isCount(record[field])) &&
    strings.every((field) => record[field] === undefined || typeof record[field] === 'string');
  if (!ok) throw new ApifyInputError(`resumeFrom is not a position of a ${kind} iteration.`);
  return value;
}
