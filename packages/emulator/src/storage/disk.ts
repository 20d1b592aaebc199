import type { EmulatorState } from '../state/state.js';
import type { BackendFactory } from './backends.js';

/** PLACEHOLDER (replaced by the disk storage work). */
export async function openDiskStorage(
  _dir: string,
): Promise<{ backends: BackendFactory; load(state: EmulatorState): Promise<void>; close(): Promise<void> }> {
  throw new Error('disk storage not implemented yet');
}
