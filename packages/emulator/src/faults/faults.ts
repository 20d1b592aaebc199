import type { IncomingMessage, ServerResponse } from 'node:http';
import { type Clock, systemClock } from '../clock/clock.js';
import { notFound } from '../http/api-error.js';
import { indexOperations, type OperationInfo } from '../spec/operations.js';
import { applyFault, type Pending } from './actions.js';
import { compileMatch, mulberry32, type RequestFacts } from './match.js';
import { type FaultRule, parseFaultRule } from './rule.js';

export type { FaultAction, FaultMatch, FaultRule } from './rule.js';

/** A rule as `list()` reports it: the rule plus its id, effective seed and how often it fired. */
export interface ActiveFault extends FaultRule {
  id: string;
  seed: number;
  /** How many requests got this fault so far. */
  fired: number;
}

interface Entry {
  view: ActiveFault;
  matches: (request: RequestFacts) => boolean;
  random: () => number;
}

let cachedOperations: OperationInfo[] | undefined;
const operations = () => {
  cachedOperations ??= indexOperations();
  return cachedOperations;
};

/**
 * Fault injection: rules that make matching API requests fail (status, reset, hang, truncated body) or slow down.
 * The first active rule that matches (and wins its probability draw) applies; admin routes are never affected.
 *
 * @example
 * ```ts
 * emulator.faults.add({ match: { operationId: 'dataset_items_get' }, times: 1,
 *   fault: { kind: 'status', status: 429, retryAfter: 1 } });
 * ```
 */
export class Faults {
  private readonly entries: Entry[] = [];
  private readonly pending: Pending;
  private nextId = 1;

  /** `clock` times `delay` faults (the emulator's clock). */
  constructor(rules: readonly FaultRule[] = [], clock: Clock = systemClock) {
    this.pending = { timers: new Set(), hanging: new Set(), clock };
    for (const rule of rules) this.add(rule);
  }

  /** Adds a rule (validated: 400 `invalid-value` on a bad one) and returns its id. */
  add(rule: FaultRule): string {
    return this.addAll([rule])[0] as string;
  }

  /** Adds several rules, all or none (every rule is checked before any is added); returns their ids. */
  addAll(rules: readonly unknown[]): string[] {
    const prepared = rules.map((rule) => {
      const parsed = parseFaultRule(rule);
      const seed = parsed.seed ?? Math.floor(Math.random() * 0x1_0000_0000);
      return { parsed, seed, matches: compileMatch(parsed.match, operations) };
    });
    return prepared.map(({ parsed, seed, matches }) => {
      const id = `fault-${this.nextId++}`;
      this.entries.push({ view: { id, ...parsed, seed, fired: 0 }, matches, random: mulberry32(seed) });
      return id;
    });
  }

  /** Removes a rule; 404 when there is no such rule. */
  remove(id: string): void {
    const index = this.entries.findIndex((entry) => entry.view.id === id);
    if (index < 0) throw notFound(`Fault rule ${id} was not found.`);
    this.entries.splice(index, 1);
  }

  clear(): void {
    this.entries.length = 0;
  }

  /** Active rules, in the order they are tried. */
  list(): ActiveFault[] {
    return this.entries.map((entry) => ({ ...entry.view }));
  }

  /** The rule that applies to a request, if any; advances the PRNG of every rule that matched. */
  private pick(request: RequestFacts): Entry | undefined {
    for (const entry of this.entries) {
      if (!entry.matches(request)) continue;
      const { probability } = entry.view;
      if (probability !== undefined && entry.random() >= probability) continue;
      entry.view.fired++;
      if (entry.view.times !== undefined && entry.view.fired >= entry.view.times) {
        this.entries.splice(this.entries.indexOf(entry), 1);
      }
      return entry;
    }
    return undefined;
  }

  /** The dispatch interceptor: true when a fault answered the request. */
  readonly interceptor = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> => {
    if (this.entries.length === 0 || url.pathname.startsWith('/__emulator/')) return false;
    const method = (url.searchParams.get('method') ?? req.method ?? 'GET').toUpperCase();
    const entry = this.pick({ method, path: url.pathname });
    if (!entry) return false;
    return applyFault(entry.view.fault, req, res, this.pending);
  };

  /** Stops delay timers and ends hanging requests, so nothing keeps the process alive. */
  dispose(): void {
    for (const cancel of this.pending.timers) cancel();
    this.pending.timers.clear();
    for (const res of this.pending.hanging) res.destroy();
    this.pending.hanging.clear();
  }
}
