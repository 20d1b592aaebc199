/**
 * Resolves once `condition()` holds, checking after every turn of the event loop (no fixed sleep); fails after
 * `limitMs` of real time, a safety net for a loaded machine, never a measure.
 */
export async function until(condition: () => boolean, what = 'the condition', limitMs = 30_000): Promise<void> {
  const deadline = performance.now() + limitMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what} did not happen within ${limitMs} ms`);
    await new Promise<void>((resolve) => setTimeout(resolve, 1));
  }
}
