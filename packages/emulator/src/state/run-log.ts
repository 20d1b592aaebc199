import { EventEmitter } from 'node:events';
import type { RunStatus } from '@apify-runs/types';
import type { RunRecord } from './run-record.js';

/** The platform keeps only the last 5M characters of a log (apify-api-facts.md §5.5). */
export const MAX_LOG_CHARS = 5_000_000;

/** The line the platform writes when a run changes status. */
export const statusChangeLine = (status: RunStatus, now: Date): string =>
  `${now.toISOString()} ACTOR: Run status changed to ${status}\n`;

/**
 * The log of one run: appended text, of which only the last {@link MAX_LOG_CHARS} characters are kept.
 * Positions are counted over everything ever appended, so a follower can ask for "what came after position N"
 * even after the front of the log was discarded.
 */
export class RunLog {
  private text = '';
  /** Characters discarded from the front so far. */
  private dropped = 0;
  private readonly events = new EventEmitter();

  constructor(private readonly maxChars = MAX_LOG_CHARS) {
    this.events.setMaxListeners(0);
  }

  append(chunk: string): void {
    if (chunk.length === 0) return;
    this.text += chunk;
    const excess = this.text.length - this.maxChars;
    if (excess > 0) {
      this.text = this.text.slice(excess);
      this.dropped += excess;
    }
    this.events.emit('append');
  }

  content(): string {
    return this.text;
  }

  /** Position just after the last character ever appended. */
  get end(): number {
    return this.dropped + this.text.length;
  }

  /** The kept text from position `offset` on (text discarded in the meantime is skipped). */
  since(offset: number): string {
    return this.text.slice(Math.max(0, offset - this.dropped));
  }

  /** Calls `listener` after every append; returns the function that unsubscribes it. */
  onAppend(listener: () => void): () => void {
    this.events.on('append', listener);
    return () => this.events.off('append', listener);
  }
}

/** Escape sequences: CSI (colours, cursor), OSC (titles, links, ended by BEL or ST) and two-byte escapes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ANSI = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?/g;
/** C0 and C1 controls other than tab and newline. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

/** The log as served without `raw`: ANSI escape sequences removed, only printable characters, tabs and newlines. */
export function cleanLogText(text: string): string {
  return text.replace(ANSI, '').replace(CONTROL, '');
}

/** An escape sequence cut off at the end of a piece: ESC alone, a CSI without its final byte, an OSC not yet ended. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CUT_ESCAPE = /\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?)?$/;

/**
 * {@link cleanLogText} for a log that arrives in pieces: an escape sequence cut at the end of a piece is held back
 * until the next piece completes it (or, on the `last` piece, cleaned as it is), so no half of it leaks out.
 */
export function logCleaner(): (text: string, last: boolean) => string {
  let held = '';
  return (text, last) => {
    const all = held + text;
    const cut = last ? -1 : all.search(CUT_ESCAPE);
    held = cut >= 0 ? all.slice(cut) : '';
    return cleanLogText(cut >= 0 ? all.slice(0, cut) : all);
  };
}

/**
 * Streams a live run's log: what is there now, then every append, until the run reaches a terminal status or
 * `signal` aborts (the client went away). Listeners are removed however the stream ends.
 */
export async function* followLog(
  record: RunRecord,
  log: RunLog,
  signal: AbortSignal,
  transform: (text: string, last: boolean) => string = (text) => text,
): AsyncGenerator<string> {
  let wake: (() => void) | undefined;
  const poke = () => wake?.();
  const offAppend = log.onAppend(poke);
  const offStatus = record.onStatus(poke);
  signal.addEventListener('abort', poke);
  let position = 0;
  try {
    for (;;) {
      // Decide before reading, so text appended together with the final status change is still sent.
      const done = record.finished || signal.aborted;
      const chunk = log.since(position);
      position = log.end;
      const text = chunk || done ? transform(chunk, done) : '';
      if (text) yield text;
      if (done) return;
      // Something may have happened while the consumer held the last chunk; only sleep when nothing did.
      if (log.end === position && !record.finished && !signal.aborted) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = undefined;
      }
    }
  } finally {
    offAppend();
    offStatus();
    signal.removeEventListener('abort', poke);
  }
}
