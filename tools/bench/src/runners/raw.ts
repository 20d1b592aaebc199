/** Raw `fetch`: the floor, and run a second time as if it were another client, the A/A row that shows a run's noise. */
import { runFromArgv } from '../harness.js';
import { rawAdapter } from '../raw-adapter.js';

runFromArgv((config) => rawAdapter(config));
