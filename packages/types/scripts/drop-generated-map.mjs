// After `tsc`: the declaration map of the generated types would point at src/generated/openapi.ts, which the package
// does not ship, because dist/generated/openapi.d.ts is that same file already (the generator writes types only).
// Shipping both was the same 397 kB twice; without the map, "go to definition" lands in the .d.ts, which reads the
// same. The declaration map of src/index.ts (the friendly names) stays and points at the shipped source.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const declaration = new URL('../dist/generated/openapi.d.ts', import.meta.url);
rmSync(new URL('../dist/generated/openapi.d.ts.map', import.meta.url), { force: true });
const text = readFileSync(declaration, 'utf8');
writeFileSync(declaration, text.replace(/\n\/\/# sourceMappingURL=openapi\.d\.ts\.map\s*$/, '\n'));
