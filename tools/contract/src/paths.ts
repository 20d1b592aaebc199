import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** tools/contract */
export const CONTRACT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The bundled spec every generator reads. */
export const SPEC_JSON = join(CONTRACT_DIR, '..', '..', 'openapi', 'dist', 'openapi.json');
/** Its OpenAPI 3.0.3 copy (`pnpm generate`), for generators that read 3.0 only. */
export const SPEC_JSON_30 = join(CONTRACT_DIR, '..', '..', 'openapi', 'dist', 'openapi-3.0.json');
