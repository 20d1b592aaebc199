import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tools/contract */
export const CONTRACT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled spec every generator reads. */
export const SPEC_JSON = join(CONTRACT_DIR, '..', '..', 'openapi', 'dist', 'openapi.json');
