import { noContent } from '../http/reply.js';
import {
  abortRun,
  chargeRun,
  deleteRun,
  metamorphRun,
  rebootRun,
  resurrectRun,
  updateRun,
} from '../state/run-actions.js';
import { runView } from './run-view.js';
import type { HandlerTable } from './types.js';

/** Longest a `waitForFinish` request is held, in seconds (the spec caps the parameter at the same value). */
export const MAX_WAIT_SECS = 60;

export const runHandlers: Pick<
  HandlerTable,
  'get' | 'put' | 'delete' | 'abort_post' | 'metamorph_post' | 'reboot_post' | 'resurrect_post' | 'charge_post'
> = {
  async get({ query, locate, signal, caller }) {
    const record = locate();
    const wait = Math.min(query.waitForFinish ?? 0, MAX_WAIT_SECS);
    await record.waitForFinish(wait * 1000, signal);
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  put({ body, locate, caller }) {
    const record = locate();
    updateRun(record, body);
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  async delete({ locate, state }) {
    await deleteRun(state, locate());
    return noContent();
  },
  abort_post({ query, locate, caller }) {
    const record = locate();
    abortRun(record, query.gracefully ?? false);
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  async metamorph_post({ query, locate, state, caller, raw }) {
    const record = locate();
    await metamorphRun(state, record, {
      actorRef: query.targetActorId,
      ...(query.build !== undefined ? { build: query.build } : {}),
      ...(caller.userId !== undefined ? { callerId: caller.userId } : {}),
      ...(raw ? { input: { bytes: raw.bytes, contentType: raw.contentType } } : {}),
    });
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  reboot_post({ locate, caller }) {
    const record = locate();
    rebootRun(record);
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  resurrect_post({ query, locate, caller }) {
    const record = locate();
    resurrectRun(record, query);
    return { status: 200, json: { data: runView(record.run, caller) } };
  },
  charge_post({ body, header, locate }) {
    chargeRun(locate(), body, header['idempotency-key']);
    return { status: 201, json: {} };
  },
};
