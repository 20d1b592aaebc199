import type { Redactor } from './redact.js';

/** Minimum level a client logs; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Where the client logs: any object with some of these methods (`console` fits). Messages and data are redacted
 * before they get here: no token, `Authorization`, cookie or `token=` value ever reaches a logger. The data is
 * `{ attempt, status?, delayMs?, headers?, error? }`, with `headers` and `error` (a description) already redacted.
 */
export interface Logger {
  debug?(message: string, meta?: Record<string, unknown>): void;
  info?(message: string, meta?: Record<string, unknown>): void;
  warn?(message: string, meta?: Record<string, unknown>): void;
  error?(message: string, meta?: Record<string, unknown>): void;
}

/** A level-filtered, redacting log function; `debug` says whether debug messages are kept (to skip building them). */
export type Log = ((level: Exclude<LogLevel, 'silent'>, message: string, meta?: Record<string, unknown>) => void) & {
  debug: boolean;
};

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Whether `level` passes the `minimum` level. */
export const enabled = (level: LogLevel, minimum: LogLevel): boolean => RANK[level] >= RANK[minimum];

/**
 * Wraps a logger: drops messages under `minimum`, redacts the message, and never lets a failing logger break a
 * request. The transport builds the data from redacted parts only (headers through `redactor.headers`, errors as
 * redacted descriptions), so the data is passed on as it is.
 */
export function createLog(logger: Logger | undefined, minimum: LogLevel, redactor: Redactor): Log {
  if (!logger || minimum === 'silent') return Object.assign(() => {}, { debug: false });
  const log = (level: Exclude<LogLevel, 'silent'>, message: string, meta?: Record<string, unknown>) => {
    if (!enabled(level, minimum)) return;
    const method = logger[level];
    if (typeof method !== 'function') return;
    try {
      const text = redactor.text(message);
      if (meta === undefined) method.call(logger, text);
      else method.call(logger, text, meta);
    } catch {
      // A logger that throws must not turn a successful request into a failure.
    }
  };
  return Object.assign(log, { debug: enabled('debug', minimum) && typeof logger.debug === 'function' });
}
