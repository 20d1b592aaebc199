import type { Run } from '@apify-runs/client';
import type { Target } from './target.js';
import type { Terminal } from './terminal.js';

/** What every step gets: where to print, what to talk to, and the Ctrl-C signal. */
export interface DemoContext {
  term: Terminal;
  target: Target;
  signal: AbortSignal;
}

/** Figures the summary prints, filled in by the steps. */
export interface DemoResults {
  finishedRun?: Run;
  items?: { count: number; ms: number };
  waited?: { run: Run; ms: number };
  logLines?: number;
}
