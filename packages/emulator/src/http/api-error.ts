/** An Apify-shaped error: sent as `{ "error": { "type", "message" } }` with `status`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly headers: Record<string, string> = {},
    /** Extra properties of `error`, e.g. `data.invalidItems` of a rejected push. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  body(): { error: Record<string, unknown> } {
    return { error: { type: this.type, message: this.message, ...this.extra } };
  }
}

export const badRequest = (message: string, type = 'invalid-value') => new ApiError(400, type, message);
export const notFound = (message: string, type = 'record-not-found') => new ApiError(404, type, message);
export const conflict = (message: string, type: string) => new ApiError(409, type, message);

/** 404 messages per resource, as Apify words them. */
export const NOT_FOUND = {
  page: (path: string) => notFound(`The path ${path} does not exist.`, 'page-not-found'),
  actor: () => notFound('Actor was not found', 'actor-not-found'),
  run: () => notFound('Actor run was not found'),
  dataset: () => notFound('Dataset was not found'),
  keyValueStore: () => notFound('Key-value Store was not found'),
  record: () => notFound('Record was not found'),
  requestQueue: () => notFound('Request Queue was not found'),
  request: () => notFound('Request was not found'),
} as const;
