/**
 * Output for a terminal or a log file. On a TTY, status and progress redraw one line with `\r`; otherwise (CI, a
 * pipe) every update is a plain line, and progress prints only a few milestones.
 */
export interface Terminal {
  readonly tty: boolean;
  /** A finished line; clears a live line first. */
  line(text?: string): void;
  /** A heading of one demo step. */
  step(title: string): void;
  /** Redraws the live line (TTY) or does nothing (non-TTY callers print lines themselves). */
  live(text: string): void;
  /** Clears the live line, if any. */
  clearLive(): void;
}

export function createTerminal(out: NodeJS.WriteStream = process.stdout): Terminal {
  const tty = Boolean(out.isTTY) && !process.env.CI;
  let liveShown = false;
  let stepNumber = 0;
  const clearLive = () => {
    if (liveShown) out.write('\r\x1b[2K');
    liveShown = false;
  };
  return {
    tty,
    line(text = '') {
      clearLive();
      out.write(`${text}\n`);
    },
    step(title) {
      clearLive();
      stepNumber += 1;
      out.write(`\n${stepNumber}. ${title}\n`);
    },
    live(text) {
      if (!tty) return;
      const width = out.columns ? out.columns - 1 : 100;
      out.write(`\r\x1b[2K${text.slice(0, width)}`);
      liveShown = true;
    },
    clearLive,
  };
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/** A spinner frame for the given time (so it turns at a steady rate however often it is drawn). */
export const spinnerFrame = (now = Date.now()): string => SPINNER[Math.floor(now / 80) % SPINNER.length] ?? '-';

/** A fixed-width bar: `[#######-------]`. */
export function bar(fraction: number, width = 24): string {
  const filled = Math.round(Math.min(1, Math.max(0, fraction)) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
}

export const count = (n: number): string => n.toLocaleString('en-US');
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `1 h 2 min`, `41 min 44 s`, `3.2 s`: a human duration. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h} h ${m} min` : `${m} min ${s % 60} s`;
}

/** One line of JSON, cut to `max` characters. */
export function preview(value: unknown, max = 96): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
