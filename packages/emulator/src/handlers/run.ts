import { notImplemented } from './not-implemented.js';
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
  put: notImplemented,
  delete: notImplemented,
  abort_post: notImplemented,
  metamorph_post: notImplemented,
  reboot_post: notImplemented,
  resurrect_post: notImplemented,
  charge_post: notImplemented,
};
