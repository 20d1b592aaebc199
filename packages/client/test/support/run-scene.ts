import type { RunStatus } from '../../src/index.js';
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
