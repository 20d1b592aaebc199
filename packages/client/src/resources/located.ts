import { type CallInit, type ClientCore, callApi } from '../core.js';
import { locate, type RunLocator } from '../locator.js';

export type LocatedInit = Omit<CallInit, 'method' | 'template' | 'path'> & { path?: Record<string, string> };

/**
 * Base of every resource under a run: the run itself, its log and its default storages. The locator decides the
 * endpoint group; the operation logic is written once for both.
 */
export abstract class LocatedResource {
  constructor(
    protected readonly core: ClientCore,
    protected readonly locator: RunLocator,
  ) {}

  /** Calls the operation at `suffix` (e.g. `/dataset/items`) of the addressed run. */
  protected call<T>(method: CallInit['method'], suffix: string, init: LocatedInit = {}) {
    const located = locate(this.locator, suffix);
    return callApi<T>(this.core, {
      ...init,
      method,
      template: located.template,
      path: { ...located.path, ...init.path },
      query: { ...located.query, ...init.query },
    });
  }
}
