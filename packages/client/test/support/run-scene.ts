import type { ApifyClient, RunClient, RunStatus } from '../../src/index.js';
import type { useEmulator } from './emulator.js';

let counter = 0;

/** A fresh Actor with one run in `status`, so the last-run locator addresses exactly that run. */
export function runScene(env: ReturnType<typeof useEmulator>, prefix: string, status: RunStatus = 'RUNNING') {
  const { admin } = env.emulator();
  counter += 1;
  const actor = admin.createActor({ name: `${prefix}-${counter}` });
  const { run } = admin.createRun({ actorId: actor.id, status });
  return { actor, runId: run.id };
}

export type RunScene = ReturnType<typeof runScene>;

/**
 * Both ways of addressing a scene's run. The last-run one filters by RUNNING, so once the run finishes only a client
 * that followed it by ID still finds it.
 */
export const RUNNING_LOCATORS: [string, (client: ApifyClient, scene: RunScene) => RunClient][] = [
  ['run(id)', (client, s) => client.run(s.runId)],
  ['lastRun(actor)', (client, s) => client.lastRun(s.actor.id, { status: 'RUNNING' })],
];

/** A client aimed at the emulator that records every request's URL, then lets it through. */
export function urlRecorder(env: ReturnType<typeof useEmulator>) {
  const requests: URL[] = [];
  const client = env.client({
    fetch: (input, init) => {
      requests.push(new URL(input));
      return fetch(input, init);
    },
  });
  return { requests, client };
}
