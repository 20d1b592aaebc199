import type { EventEmitter } from 'node:events';
import type { RunStatus } from '@apify-runs/types';
import { describe, expect, it } from 'vitest';
import { MAX_LOG_CHARS, RunLog } from '../src/state/run-log.js';
import { LAST_BASE, RUN_BASE, TOKEN, useEmulator } from './support/emulator.js';
import { until } from './support/until.js';

const env = useEmulator();
let actorSeq = 0;

function makeRun(status: RunStatus) {
  const actor = env.emulator.state.createActor({ name: `logger-${++actorSeq}` });
  const record = env.emulator.state.createRun({ actorId: actor.id, status });
  const log = env.emulator.state.logs.get(record.run.id);
  if (!log) throw new Error('run without a log');
  return { actor, record, log, id: record.run.id };
}

const STATUS_LINE = (status: RunStatus) =>
  new RegExp(`^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ACTOR: Run status changed to ${status}$`, 'm');

/** Reads a streamed response chunk by chunk; `until` resolves once the text so far matches. */
function reader(response: Response) {
  const decoder = new TextDecoder();
  const stream = response.body?.getReader();
  if (!stream) throw new Error('no body');
  let text = '';
  let ended = false;
  return {
    get text() {
      return text;
    },
    async until(pattern: RegExp): Promise<void> {
      while (!pattern.test(text)) {
        const { value, done } = await stream.read();
        if (done) throw new Error(`stream ended before ${pattern}: ${JSON.stringify(text)}`);
        text += decoder.decode(value, { stream: true });
      }
    },
    async toEnd(): Promise<string> {
      while (!ended) {
        const { value, done } = await stream.read();
        if (done) ended = true;
        else text += decoder.decode(value, { stream: true });
      }
      return text;
    },
  };
}

describe('GET log', () => {
  it('serves the log as plain text, without a token by run ID, with status change lines', async () => {
    const { id, record, log } = makeRun('RUNNING');
    log.append('2026-11-23T10:00:00.000Z INFO  Crawler: started\n');
    record.setStatus('SUCCEEDED');
    const result = await env.call(`${RUN_BASE(id)}/log`, { token: null });
    expect(result.status).toBe(200);
    expect(result.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(result.headers.get('content-disposition')).toBeNull();
    expect(result.body).toContain('INFO  Crawler: started\n');
    expect(result.body).toMatch(STATUS_LINE('SUCCEEDED'));
    expect(result.body).not.toMatch(STATUS_LINE('RUNNING'));
  });

  it('logs every status change once, including the final status of a run created finished', async () => {
    const finished = makeRun('FAILED');
    expect(finished.log.content()).toMatch(STATUS_LINE('FAILED'));
    const { record, log } = makeRun('READY');
    record.setStatus('RUNNING');
    record.setStatus('RUNNING');
    record.setStatus('ABORTING');
    record.setStatus('ABORTED');
    const lines = log.content().trim().split('\n');
    expect(lines.map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'ACTOR: Run status changed to RUNNING',
      'ACTOR: Run status changed to ABORTING',
      'ACTOR: Run status changed to ABORTED',
    ]);
  });

  it('strips ANSI escapes and control characters unless raw is set', async () => {
    const { id, log } = makeRun('RUNNING');
    const written = '\x1b[32mINFO\x1b[39m  done\r\n\x1b]0;title\x07tab\there\x00\x07\n';
    log.append(written);
    const clean = await env.call(`${RUN_BASE(id)}/log`);
    expect(clean.body).toBe('INFO  done\ntab\there\n');
    const raw = await env.call(`${RUN_BASE(id)}/log?raw=1`);
    expect(raw.body).toBe(written);
    const rawTrue = await env.call(`${RUN_BASE(id)}/log?raw=true`);
    expect(rawTrue.body).toBe(written);
  });

  it('asks browsers to download the log with download=1', async () => {
    const { id, log } = makeRun('SUCCEEDED');
    log.append('line\n');
    const result = await env.call(`${RUN_BASE(id)}/log?download=1`);
    expect(result.headers.get('content-disposition')).toBe(`attachment; filename="${id}.log"`);
    expect(result.body).toContain('line\n');
  });

  it('serves the last run log under both last-run spellings, with a token only', async () => {
    const { actor, log } = makeRun('SUCCEEDED');
    log.append('from the last run\n');
    const acts = await env.call(`${LAST_BASE(actor.id, '?status=SUCCEEDED').replace('?', '/log?')}`);
    expect(acts.status).toBe(200);
    expect(acts.body).toContain('from the last run');
    const actors = await env.call(`/v2/actors/${actor.id}/runs/last/log`);
    expect(actors.body).toContain('from the last run');
    const anonymous = await env.call(`${LAST_BASE(actor.id)}/log`, { token: null });
    expect(anonymous.status).toBe(401);
    const noRun = await env.call(`${LAST_BASE(actor.id, '?status=RUNNING').replace('?', '/log?')}`);
    expect(noRun.status).toBe(404);
  });

  it('answers 404 for an unknown run and 400 for bad flags', async () => {
    const missing = await env.call(`${RUN_BASE('NoSuchRun00000001')}/log`);
    expect(missing.status).toBe(404);
    expect(missing.body.error.type).toBe('record-not-found');
    const { id } = makeRun('RUNNING');
    const bad = await env.call(`${RUN_BASE(id)}/log?stream=often`);
    expect(bad.status).toBe(400);
  });

  it('keeps only the last 5,000,000 characters', async () => {
    const { id, log } = makeRun('RUNNING');
    log.append('x'.repeat(MAX_LOG_CHARS - 5));
    log.append('0123456789');
    const result = await env.call(`${RUN_BASE(id)}/log`, { raw: true });
    expect(result.body.length).toBe(MAX_LOG_CHARS);
    expect(result.body.endsWith('xxxxx0123456789')).toBe(true);
    const small = new RunLog(10);
    small.append('abcdef');
    small.append('ghijkl');
    expect(small.content()).toBe('cdefghijkl');
    expect(small.end).toBe(12);
    expect(small.since(4)).toBe('efghijkl');
    expect(small.since(0)).toBe('cdefghijkl');
  });
});

describe('GET log?stream=1', () => {
  it('strips an escape sequence that arrives split across two appends', async () => {
    const { id, record, log } = makeRun('RUNNING');
    log.append('start \x1b[3');
    const response = await fetch(`${env.emulator.url}${RUN_BASE(id)}/log?stream=1`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const body = reader(response);
    await body.until(/start /);
    log.append('2mGREEN\x1b]0;ti');
    await body.until(/GREEN/);
    log.append('tle\x07 end\n');
    await body.until(/ end\n/);
    // The stream is parked waiting for more: the last append and the status change arrive together.
    log.append('cut at the end \x1b[');
    record.setStatus('SUCCEEDED');
    // The stream reads as the whole log cleaned at once (the held-back tail goes out with the status line).
    const streamed = await body.toEnd();
    expect(streamed).toMatch(/^start GREEN end\ncut at the end /);
    const whole = await env.call(`${RUN_BASE(id)}/log`);
    expect(streamed).toBe(whole.body);
  });

  for (const [label, path] of [
    ['by run ID', (id: string, _actor: string) => `${RUN_BASE(id)}/log?stream=1`],
    ['as the last run', (_id: string, actor: string) => `${LAST_BASE(actor)}/log?stream=true`],
  ] as const) {
    it(`streams appended text until the run finishes (${label})`, async () => {
      const { id, actor, record, log } = makeRun('RUNNING');
      log.append('before the request\n');
      const response = await fetch(`${env.emulator.url}${path(id, actor.id)}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
      const body = reader(response);
      await body.until(/before the request\n/);
      log.append('\x1b[33mafter the request\x1b[0m\n');
      await body.until(/after the request\n/);
      expect(body.text).not.toContain('\x1b');
      log.append('last words\n');
      record.setStatus('SUCCEEDED');
      const text = await body.toEnd();
      expect(text).toContain('last words\n');
      expect(text).toMatch(STATUS_LINE('SUCCEEDED'));
      expect(text.indexOf('before the request')).toBeLessThan(text.indexOf('after the request'));
    });
  }

  it('answers at once when the run has already finished', async () => {
    const { id, log } = makeRun('SUCCEEDED');
    log.append('all done\n');
    const result = await env.call(`${RUN_BASE(id)}/log?stream=1`);
    expect(result.status).toBe(200);
    expect(result.body).toContain('all done\n');
  });

  it('ends the stream when the run is aborted through the API', async () => {
    const { id, log } = makeRun('RUNNING');
    log.append('working\n');
    const response = await fetch(`${env.emulator.url}${RUN_BASE(id)}/log?stream=1`);
    const body = reader(response);
    await body.until(/working\n/);
    const abort = await env.call(`${RUN_BASE(id)}/abort`, { method: 'POST' });
    expect(abort.body.data.status).toBe('ABORTED');
    expect(await body.toEnd()).toMatch(STATUS_LINE('ABORTED'));
  });

  it('stops following and removes its listeners when the client disconnects', async () => {
    const { id, record, log } = makeRun('RUNNING');
    // Internals, read only to prove the clean-up.
    type WithEvents = { events: EventEmitter };
    const listeners = () => ({
      status: (record as unknown as WithEvents).events.listenerCount('status'),
      append: (log as unknown as WithEvents).events.listenerCount('append'),
    });
    const before = listeners();
    log.append('hello\n');
    const controller = new AbortController();
    const response = await fetch(`${env.emulator.url}${RUN_BASE(id)}/log?stream=1`, { signal: controller.signal });
    const body = reader(response);
    await body.until(/hello\n/);
    expect(listeners().append).toBe(before.append + 1);
    controller.abort();
    await until(() => listeners().append === before.append, 'the stream to let go of the log');
    expect(listeners()).toEqual(before);
    expect(record.status).toBe('RUNNING');
  });
});
