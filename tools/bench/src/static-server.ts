/**
 * A minimal static server, for workloads where the emulator (which validates every request against the spec) would
 * be the bottleneck. At start it copies, byte for byte, what the emulator answers: the run JSON and, when asked,
 * every item page of the run's dataset for one page size and/or all items in one body, each with the emulator's
 * headers; then it serves them from memory with `node:http`, doing nothing per request but a lookup (and, with
 * `delayMs`, holding every answer that long: a server far away, for W5). Run as a child process:
 *
 *   node static-server.js '{"from": "http://127.0.0.1:PORT", "token": "…", "runId": "…", "pageSize": 10000, "whole": true}'
 *   node static-server.js '{"from": "…", "token": "…", "runId": "…", "pageSize": 10000, "delayMs": 50}'
 *
 * It prints `listening on http://127.0.0.1:PORT` once ready (the emulator may be stopped then), and exits on SIGTERM,
 * SIGINT or when its stdin ends (the parent is gone).
 */
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';

interface StaticConfig {
  from: string;
  token: string;
  runId: string;
  /** Also serve the dataset's items in pages of this size (`offset` a multiple of it, `limit` equal to it). */
  pageSize?: number;
  /** Also serve every item in one body: `format=json` without `offset` and `limit`. */
  whole?: boolean;
  /** Hold every answer (404s too) this many ms before sending it; default 0. */
  delayMs?: number;
}

interface Prepared {
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Hop-by-hop and per-response headers are not copied; `content-length` is set from the stored body. */
const SKIP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);

async function capture(url: string, token: string): Promise<Prepared> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  const body = Buffer.from(await response.arrayBuffer());
  const headers: OutgoingHttpHeaders = { 'content-length': body.byteLength };
  response.headers.forEach((value, name) => {
    if (!SKIP.has(name)) headers[name] = value;
  });
  return { status: response.status, headers, body };
}

async function main(): Promise<void> {
  const config = JSON.parse(process.argv[2] ?? '{}') as StaticConfig;
  const runPath = `/v2/actor-runs/${config.runId}`;
  const run = await capture(`${config.from}${runPath}`, config.token);
  const pages = new Map<string, Prepared>();
  if (config.pageSize) {
    for (let offset = 0; ; offset += config.pageSize) {
      const query = `format=json&offset=${offset}&limit=${config.pageSize}`;
      const page = await capture(`${config.from}${runPath}/dataset/items?${query}`, config.token);
      pages.set(`${offset}:${config.pageSize}`, page);
      if (offset + config.pageSize >= Number(page.headers['x-apify-pagination-total'])) break;
    }
  }
  const whole = config.whole
    ? await capture(`${config.from}${runPath}/dataset/items?format=json`, config.token)
    : undefined;
  const notFound: Prepared = {
    status: 404,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ error: { type: 'record-not-found', message: 'Not prepared' } })),
  };
  const send = (res: ServerResponse, answer: Prepared) => res.writeHead(answer.status, answer.headers).end(answer.body);
  const delayMs = config.delayMs ?? 0;
  const server = createServer((req, res) => {
    const [path = '', search = ''] = (req.url ?? '').split('?');
    let answer: Prepared | undefined;
    if (req.method === 'GET' && path === runPath) answer = run;
    else if (req.method === 'GET' && path === `${runPath}/dataset/items`) {
      const params = new URLSearchParams(search);
      const oneBody = !params.has('offset') && !params.has('limit') && (params.get('format') ?? 'json') === 'json';
      if (oneBody) answer = whole;
      else answer = pages.get(`${params.get('offset') ?? '0'}:${params.get('limit') ?? ''}`);
    }
    if (delayMs > 0) setTimeout(send, delayMs, res, answer ?? notFound);
    else send(res, answer ?? notFound);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    process.stdout.write(`listening on http://127.0.0.1:${address.port}\n`);
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  process.stdin.once('end', stop).once('error', stop).resume();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
