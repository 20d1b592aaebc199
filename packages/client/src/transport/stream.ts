/**
 * Passes a streamed body through, replacing read errors by `mapError(error)` (so the caller sees `ApifyError`s);
 * cancelling the returned stream cancels the response body and frees the connection.
 */
export function guardStream(
  source: ReadableStream<Uint8Array<ArrayBuffer>> | null,
  mapError: (error: unknown) => unknown,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  if (source === null)
    return new ReadableStream<Uint8Array<ArrayBuffer>>({ start: (controller) => controller.close() });
  const reader = source.getReader();
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(mapError(error));
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}
