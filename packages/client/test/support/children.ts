import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach } from 'vitest';

/**
 * `node --import tsx <script> ...args` with piped stdio, for tests that need another process; every child still
 * running after a test is SIGKILLed in teardown, also when the test failed.
 */
export function useChildren() {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
  return (script: string, args: string[]): ChildProcess => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    children.push(child);
    return child;
  };
}
