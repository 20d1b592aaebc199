/** Statuses whose responses cannot carry a body (`new Response(body, …)` throws for them). */
const NULL_BODY = new Set([204, 205, 304]);

const rebuildable = (response: Response): boolean => response.status >= 200 && response.status <= 599;

/**
 * A copy of `response` with another body; status, headers, `url` (`fallbackUrl` when the response has none, as a
 * `Response` built by an injected `fetch` may) and `redirected` are kept.
 */
export function withBody(response: Response, body: BodyInit | null, fallbackUrl = ''): Response {
  const copy = new Response(NULL_BODY.has(response.status) ? null : body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // `url` and `redirected` are read-only getters that a constructed Response leaves empty; callers need the URL.
  Object.defineProperty(copy, 'url', { value: response.url || fallbackUrl, enumerable: true });
  Object.defineProperty(copy, 'redirected', { value: response.redirected, enumerable: true });
  return copy;
}

/**
 * Reads the whole body now, so the attempt's deadline covers it and a truncated body fails the attempt (where it can
 * be retried) instead of failing later in the caller's parser. Returns a copy holding the bytes.
 */
export async function bufferBody(response: Response, url: string): Promise<Response> {
  if (!rebuildable(response)) return response;
  const bytes = response.body === null ? null : await response.arrayBuffer();
  return withBody(response, bytes, url);
}

/**
 * Passes a streamed body through. `settle` runs once when the stream ends, fails or is cancelled (the transport
 * unlinks the caller's signal then); read errors are replaced by `mapError(error)`.
 */
export function guardBody(
  response: Response,
  url: string,
  settle: () => void,
  mapError: (error: unknown) => unknown,
): Response {
  const source = response.body;
  if (source === null || !rebuildable(response)) {
    settle();
    return rebuildable(response) ? withBody(response, null, url) : response;
  }
  const reader = source.getReader();
  let settled = false;
  const finish = () => {
    if (settled) return;
    settled = true;
    settle();
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          controller.close();
        } else {
          controller.enqueue(value);
        }
      } catch (error) {
        const mapped = mapError(error);
        finish();
        controller.error(mapped);
      }
    },
    async cancel(reason) {
      finish();
      await reader.cancel(reason);
    },
  });
  return withBody(response, body, url);
}
