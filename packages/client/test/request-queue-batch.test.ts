import { describe, expect, it } from 'vitest';
import { ApifyUserAbortError } from '../src/index.js';
import { MAX_BODY_BYTES } from '../src/resources/json-batches.js';
import { addBatches, batches, mapBounded, sleep, unprocessedDelay } from '../src/resources/request-queue-batch.js';
import { turns } from './support/items.js';

describe('batching helpers', () => {
  it('batches by 25 and by bytes: a JSON array body never passes the limit, nor 25 entries', () => {
    expect(batches(Array.from({ length: 51 }, (_, i) => i)).map((c) => c.length)).toEqual([25, 25, 1]);
    expect(batches([])).toEqual([]);
    // Sizes as given: 3 entries of a third of the limit do not fit with their `[`, `,` and `]`; exactly full does.
    const third = Math.floor(MAX_BODY_BYTES / 3);
    expect(batches([1, 2, 3], [third, third, third]).map((c) => c.length)).toEqual([2, 1]);
    // Two entries and their `[`, `,` and `]`: exactly the limit fits, one byte more does not.
    expect(batches(['a', 'b'], [MAX_BODY_BYTES - 4, 1]).map((c) => c.length)).toEqual([2]);
    expect(batches(['a', 'b'], [MAX_BODY_BYTES - 3, 1]).map((c) => c.length)).toEqual([1, 1]);
  });

  it('leaves a request too large for any batch out, with its reason, and batches the rest', () => {
    const small = (n: number) => ({ url: `https://example.com/${n}`, uniqueKey: `k${n}` });
    const big = {
      url: 'https://example.com/big',
      uniqueKey: 'big',
      method: 'POST' as const,
      payload: 'x'.repeat(MAX_BODY_BYTES),
    };
    const { batches: sent, tooLarge } = addBatches([small(1), big, small(2)]);
    expect(sent).toEqual([[small(1), small(2)]]);
    expect(tooLarge).toEqual([
      {
        uniqueKey: 'big',
        url: 'https://example.com/big',
        method: 'POST',
        reason: expect.stringMatching(/^\d+ bytes as JSON; a request may hold 9437184\.$/),
      },
    ]);
  });

  it('keeps at most `concurrency` tasks in flight and returns results in input order', async () => {
    let inFlight = 0;
    let peak = 0;
    // Each task ends after as many turns of the event loop as its number: they finish out of order.
    const results = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await turns(n);
      inFlight -= 1;
      return n * 10;
    });
    expect(peak).toBe(3);
    expect(results).toEqual([50, 10, 40, 20, 30, 0, 60]);
  });

  it('stops starting work after a failure', async () => {
    const started: number[] = [];
    const run = mapBounded([0, 1, 2, 3, 4], 1, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started).toEqual([0, 1]);
  });

  it('backs off exponentially with jitter in [1, 2)', () => {
    expect(unprocessedDelay(0, () => 0)).toBe(500);
    expect(unprocessedDelay(2, () => 0)).toBe(2000);
    expect(unprocessedDelay(1, () => 0.999)).toBeLessThan(2000);
  });

  it('sleep rejects with ApifyUserAbortError on abort, and at once for an aborted signal', async () => {
    const controller = new AbortController();
    const pending = sleep(10_000, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(ApifyUserAbortError);
    await expect(sleep(10_000, AbortSignal.abort())).rejects.toBeInstanceOf(ApifyUserAbortError);
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
