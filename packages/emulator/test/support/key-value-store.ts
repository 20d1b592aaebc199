import type { Emulator } from '../../src/index.js';
import { LAST_BASE, RUN_BASE } from './emulator.js';

/** A few bytes that start like a PNG file and are not valid UTF-8. */
export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0x00, 0x80,
]);

let counter = 0;

/** A fresh actor and finished run; `run` and `last` address its default store under both endpoint groups. */
export function freshStoreRun(emulator: Emulator) {
  counter += 1;
  const name = `kv-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const actor = emulator.state.createActor({ name });
  const record = emulator.state.createRun({ actorId: actor.id, status: 'SUCCEEDED' });
  const store = emulator.state.keyValueStores.get(record.run.defaultKeyValueStoreId);
  if (!store) throw new Error('no default store');
  const run = { kv: `${RUN_BASE(record.run.id)}/key-value-store`, query: '' };
  const last = { kv: `${LAST_BASE(`demo~${name}`)}/key-value-store`, query: '?status=SUCCEEDED' };
  return { actor, record, store, run, last, bases: [run, last] };
}
