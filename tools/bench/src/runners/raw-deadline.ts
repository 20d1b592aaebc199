/**
 * Raw `fetch` with ours' default per-attempt deadline on every request (60 s; a fresh signal and a timer, W1 and W2
 * only, an information row): the floor for a client that can cancel a hanging request.
 */
import { runFromArgv } from '../harness.js';
import { rawAdapter } from '../raw-adapter.js';

runFromArgv((config) => rawAdapter(config, 60_000));
