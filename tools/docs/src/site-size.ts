import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { siteDir } from './paths.js';

/** The built site's size: bytes of every file under site/ (what a host serves, not disk blocks). */
export function siteSize(dir: string = siteDir): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files += 1;
  }
  return { bytes, files };
}
