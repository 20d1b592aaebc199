import type { EmulatorState } from '../state/state.js';

/** PLACEHOLDER (replaced by the seed work): the demo scene. */
export async function seedDemo(state: EmulatorState): Promise<void> {
  state.addToken('apify_demo_token');
  const actor = state.createActor({ id: 'moJRLRc85AitArpNN', name: 'web-scraper' });
  state.createRun({ actorId: actor.id, status: 'SUCCEEDED', origin: 'API' });
}
