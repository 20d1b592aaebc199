import { Agent } from 'undici';

/**
 * Loaded first by every generated guide module (`.guide-code/<guide>.ts`), each in a process of its own:
 * - the API's address (`https://api.apify.com`, the client's default) is served by the test's emulator
 *   (`GUIDE_API_URL`), so the guide's code runs as written; any other host but 127.0.0.1 is refused. That holds for
 *   `fetch` and for undici's `Agent` (what `createNodeFetch` of `@apify-runs/client/node` sends through);
 * - `enter()` records which block is running, so a failure names the guide's block and line.
 * The result is one line on stdout: `GUIDE-RESULT {"ok": …, "block": …, "line": …, "error": …}`.
 */
const api = process.env.GUIDE_API_URL;
if (!api) throw new Error('GUIDE_API_URL is not set: run the guides through tools/docs/test/guides.test.ts');
const realFetch = globalThis.fetch;
const DEFAULT_API = 'https://api.apify.com';

globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  if (url.origin === DEFAULT_API) {
    const target = new URL(`${url.pathname}${url.search}`, api);
    const body = request.body ?? undefined;
    return realFetch(
      new Request(target, {
        method: request.method,
        headers: request.headers,
        ...(body ? { body, duplex: 'half' } : {}),
        signal: request.signal,
        redirect: request.redirect,
      } as RequestInit),
    );
  }
  if (url.hostname !== '127.0.0.1')
    throw new Error(`a guide's code reached for ${url.origin}: only the emulator is allowed`);
  return realFetch(request);
};

/** The same redirection one level down: every undici `Agent` (the one undici in the workspace) sends to `api`. */
const dispatch = Agent.prototype.dispatch;
Agent.prototype.dispatch = function (this: Agent, options, handler) {
  const origin = new URL(String(options.origin));
  if (origin.origin === DEFAULT_API) return dispatch.call(this, { ...options, origin: api }, handler);
  if (origin.hostname !== '127.0.0.1')
    throw new Error(`a guide's code reached for ${origin.origin}: only the emulator is allowed`);
  return dispatch.call(this, options, handler);
};

let current = { block: 0, line: 0 };
let reported = false;

function report(result: { ok: boolean; error?: string }): void {
  if (reported) return;
  reported = true;
  process.stdout.write(`\nGUIDE-RESULT ${JSON.stringify({ ...result, ...current })}\n`);
}

/** Called before each block. */
export function enter(block: number, line: number): void {
  current = { block, line };
}

/** Called when a block throws. */
export function fail(error: unknown): void {
  report({ ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
}

/** Called after the last block. */
export function done(): void {
  current = { block: -1, line: 0 };
  report({ ok: true });
}

process.on('unhandledRejection', (error) => fail(error));
process.on('uncaughtException', (error) => fail(error));
