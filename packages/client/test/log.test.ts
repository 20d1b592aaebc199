import type { RunStatus } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import {
  type ApifyClient,
  ApifyConnectionError,
  ApifyUserAbortError,
  createApifyClient,
  NotFoundError,
  type RunClient,
} from '../src/index.js';
import { useEmulator } from './support/emulator.js';
import { type RunScene, runScene } from './support/run-scene.js';

const env = useEmulator();
const scene = (status?: RunStatus) => runScene(env, 'log-test', status);
type Scene = RunScene;
const LOCATORS: [string, (client: ApifyClient, scene: Scene) => RunClient][] = [
  ['run(id)', (client, s) => client.run(s.runId)],
  ['lastRun(actor)', (client, s) => client.lastRun(`demo/${s.actor.name}`)],
];

async function collect(lines: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const line of lines) out.push(line);
  return out;
}

describe.each(LOCATORS)('LogClient via %s', (_, locate) => {
  it('get() returns the log without ANSI sequences, get({ raw }) with them', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'plain\n\x1b[32mgreen\x1b[0m\n');
    const log = locate(env.client(), s).log;
    expect(await log.get()).toBe('plain\ngreen\n');
    expect(await log.get({ raw: true })).toBe('plain\n\x1b[32mgreen\x1b[0m\n');
  });

  it('get() of an empty log is an empty string', async () => {
    const s = scene('RUNNING');
    expect(await locate(env.client(), s).log.get()).toBe('');
  });

  it('stream() yields lines as they are written and ends when the run finishes', async () => {
    const s = scene('RUNNING');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'line one\nline t');
    const lines: string[] = [];
    const done = (async () => {
      for await (const line of locate(env.client(), s).log.stream()) {
        lines.push(line);
        // Written while the stream is open, each once the line before arrived: the second line comes in two pieces.
        if (lines.length === 1) admin.appendLog(s.runId, 'wo\r\n€uro\n');
        if (lines.length === 3) {
          admin.appendLog(s.runId, 'no newline at the end');
          admin.setRunStatus(s.runId, 'SUCCEEDED');
        }
      }
    })();
    await done;
    expect(lines.slice(0, 3)).toEqual(['line one', 'line two', '€uro']);
    // The status line is appended after the unterminated text, so that text ends up joined with it.
    expect(lines[3]).toMatch(/^no newline at the end.*ACTOR: Run status changed to SUCCEEDED$/);
    expect(lines).toHaveLength(4);
  });

  it('stream() of a finished run yields the whole log and ends', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'a\nb\n');
    env.emulator().admin.setRunStatus(s.runId, 'SUCCEEDED');
    const lines = await collect(locate(env.client(), s).log.stream());
    expect(lines.slice(0, 2)).toEqual(['a', 'b']);
    expect(lines[2]).toMatch(/Run status changed to SUCCEEDED$/);
  });

  it('stream() stops with ApifyUserAbortError when the signal aborts mid-stream', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'first\n');
    const controller = new AbortController();
    const lines: string[] = [];
    const error = await (async () => {
      for await (const line of locate(env.client(), s).log.stream({}, { signal: controller.signal })) {
        lines.push(line);
        // Aborted while the stream waits for more of a live log (only the abort can end it).
        setImmediate(() => controller.abort());
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApifyUserAbortError);
    expect(lines).toEqual(['first']);
  });

  it('stream({ fromStart: false }) yields only lines completed after the call, a line begun before it whole', async () => {
    const s = scene('RUNNING');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'old 1\nold 2\npar');
    const sent: string[] = [];
    const client = env.client({
      fetch: async (input, init) => {
        const url = String(input);
        sent.push(new URL(url).search);
        const response = await fetch(input, init);
        // Between the read of the log and the start of the stream; then, once the stream is open.
        if (!url.includes('stream=')) admin.appendLog(s.runId, 't\nbetween\n');
        else {
          admin.appendLog(s.runId, 'new 1\n');
          admin.setRunStatus(s.runId, 'SUCCEEDED');
        }
        return response;
      },
    });
    const lines = await collect(locate(client, s).log.stream({ fromStart: false, raw: true }));
    expect(lines.slice(0, 3)).toEqual(['part', 'between', 'new 1']);
    expect(lines[3]).toMatch(/Run status changed to SUCCEEDED$/);
    expect(lines).toHaveLength(4);
    // Both requests ask for the same form of the log (raw here), so their lines line up.
    expect(sent.map((search) => new URLSearchParams(search).get('raw'))).toEqual(['true', 'true']);
  });

  it('stream({ fromStart: false }) of a finished run yields nothing; fromStart: true is the default', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'a\nb\n');
    env.emulator().admin.setRunStatus(s.runId, 'SUCCEEDED');
    const log = locate(env.client(), s).log;
    expect(await collect(log.stream({ fromStart: false }))).toEqual([]);
    expect((await collect(log.stream({ fromStart: true }))).slice(0, 2)).toEqual(['a', 'b']);
  });

  it('redirect() writes each line into a logger or a writable and resolves when the run finishes', async () => {
    const s = scene('RUNNING');
    const { admin } = env.emulator();
    admin.appendLog(s.runId, 'one\ntwo\n');
    const log = locate(env.client(), s).log;
    const infos: string[] = [];
    await log.redirect({
      info: (line: string) => {
        infos.push(line);
        // Written while the run is live: the redirect follows it until the run ends.
        if (line === 'two') setImmediate(() => admin.appendLog(s.runId, 'three\n'));
        if (line === 'three') admin.setRunStatus(s.runId, 'SUCCEEDED');
      },
    });
    expect(infos.slice(0, 3)).toEqual(['one', 'two', 'three']);
    expect(infos[3]).toMatch(/Run status changed to SUCCEEDED$/);

    // The finished log, into each kind of target: `log(line)`, a WritableStream, and `write(text)` whose promise is
    // awaited before the next line.
    const viaLog: string[] = [];
    await log.redirect({ log: (line: string) => viaLog.push(line) });
    expect(viaLog).toEqual(infos);
    let streamed = '';
    const stream = new WritableStream<string>({
      write: (chunk) => {
        streamed += chunk;
      },
    });
    await log.redirect(stream);
    expect(streamed).toBe(`${infos.join('\n')}\n`);
    expect(stream.locked).toBe(false); // released, not closed: it can take more
    await stream.getWriter().write('more');
    const order: string[] = [];
    await log.redirect({
      write: async (text: string) => {
        order.push(`start ${text}`);
        await new Promise((resolve) => setImmediate(resolve));
        order.push('end');
      },
    });
    expect(order.slice(0, 4)).toEqual(['start one\n', 'end', 'start two\n', 'end']);
  });

  it('redirect() stops with ApifyUserAbortError and releases the writable; a failing target stops it', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'first\n');
    const log = locate(env.client(), s).log;
    const controller = new AbortController();
    const stream = new WritableStream<string>({ write: () => controller.abort() });
    await expect(log.redirect(stream, {}, { signal: controller.signal })).rejects.toBeInstanceOf(ApifyUserAbortError);
    expect(stream.locked).toBe(false);
    const failing = log.redirect({
      info: () => {
        throw new Error('logger is down');
      },
    });
    await expect(failing).rejects.toThrow('logger is down');
  });

  it('breaking out of stream() ends a live stream at once', async () => {
    const s = scene('RUNNING');
    env.emulator().admin.appendLog(s.runId, 'first\nsecond\n');
    // The run stays live: leaving must close the stream, not wait for its end (only the test's limit would end it).
    for await (const line of locate(env.client(), s).log.stream()) {
      expect(line).toBe('first');
      break;
    }
  });
});

describe('LogClient errors', () => {
  it('get() of the log of a missing run throws NotFoundError rather than resolving to undefined', async () => {
    await expect(env.client().run('NoSuchRun12345678').log.get()).rejects.toBeInstanceOf(NotFoundError);
    const { actor } = scene('RUNNING');
    await expect(env.client().lastRun(actor.id, { status: 'FAILED' }).log.get()).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stream() of a missing run throws NotFoundError', async () => {
    await expect(collect(env.client().run('NoSuchRun12345678').log.stream())).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stream() with an already aborted signal sends nothing', async () => {
    let calls = 0;
    const client = env.client({
      fetch: (input, init) => {
        calls += 1;
        return fetch(input, init);
      },
    });
    const lines = client.run('AnyRun00000000001').log.stream({}, { signal: AbortSignal.abort() });
    await expect(collect(lines)).rejects.toBeInstanceOf(ApifyUserAbortError);
    expect(calls).toBe(0);
  });
});

describe('stream() line splitting (injected fetch, byte-exact chunks)', () => {
  /** A client whose log endpoint answers with these byte chunks; `cancelled` tells whether the body was cancelled. */
  function withBody(chunks: Uint8Array[], { endAfter = true } = {}) {
    const state = { cancelled: false, url: '' };
    const client = createApifyClient({
      token: 't',
      baseUrl: 'http://fake.invalid',
      maxRetries: 0,
      fetch: async (input) => {
        state.url = String(input);
        let index = 0;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            const chunk = chunks[index++];
            if (chunk) controller.enqueue(chunk);
            else if (endAfter) controller.close();
          },
          cancel() {
            state.cancelled = true;
          },
        });
        return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
      },
    });
    return { client, state };
  }
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('joins lines and multi-byte characters split across chunks, and yields a trailing partial line', async () => {
    const euro = bytes('€'); // 3 bytes
    const { client, state } = withBody([
      bytes('one\ntw'),
      bytes('o\r\n'),
      euro.slice(0, 1),
      euro.slice(1),
      bytes('\n\nlast'),
    ]);
    expect(await collect(client.run('R').log.stream({ raw: true }))).toEqual(['one', 'two', '€', '', 'last']);
    const url = new URL(state.url);
    expect(url.pathname).toBe('/v2/actor-runs/R/log');
    expect(Object.fromEntries(url.searchParams)).toEqual({ stream: 'true', raw: 'true' });
  });

  it('cancels the body when the consumer breaks out', async () => {
    const { client, state } = withBody([bytes('a\nb\n')], { endAfter: false });
    for await (const line of client.run('R').log.stream()) {
      expect(line).toBe('a');
      break;
    }
    expect(state.cancelled).toBe(true);
  });

  it('turns a body that breaks off into ApifyConnectionError', async () => {
    const client = createApifyClient({
      token: 't',
      baseUrl: 'http://fake.invalid',
      fetch: async () => {
        let sent = false;
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            if (!sent) {
              sent = true;
              controller.enqueue(bytes('partial\n'));
            } else controller.error(new TypeError('terminated'));
          },
        });
        return new Response(body);
      },
    });
    const lines: string[] = [];
    const error = await (async () => {
      for await (const line of client.run('R').log.stream()) lines.push(line);
    })().catch((e: unknown) => e);
    expect(lines).toEqual(['partial']);
    expect(error).toBeInstanceOf(ApifyConnectionError);
  });
});
