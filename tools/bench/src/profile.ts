/**
 * A CPU profile of one client's process for one workload: the same server, config and compiled runner as in the
 * benchmark, run once under `node --cpu-prof`. Profiling slows the process down, so its timings are not results.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type BenchOptions, measure, serverOf, serverPool, WORKLOAD_CLIENTS, type WorkloadId } from './bench.js';
import { compileProcesses } from './compile.js';

export interface ProfileRequest {
  /** A client id of the workload, e.g. `ours`, `raw`, `openapi-fetch`. */
  client: string;
  workload: WorkloadId;
  /** Where the `.cpuprofile` goes (created if missing). */
  outDir: string;
  /** V8's sampling interval in microseconds (Node's default is 1000). */
  intervalUs?: number;
}

/** Profiles one process and returns the path of its `.cpuprofile`. */
export async function profileClient(request: ProfileRequest, options: BenchOptions): Promise<string> {
  const clients = WORKLOAD_CLIENTS[request.workload];
  const client = clients.find((c) => c.id === request.client);
  if (!client) {
    throw new Error(
      `no client ${request.client} in ${request.workload}; one of: ${clients.map((c) => c.id).join(', ')}`,
    );
  }
  mkdirSync(request.outDir, { recursive: true });
  const name = `${client.id}-${request.workload}.cpuprofile`;
  const nodeFlags = [
    '--cpu-prof',
    `--cpu-prof-dir=${request.outDir}`,
    `--cpu-prof-name=${name}`,
    `--cpu-prof-interval=${request.intervalUs ?? 100}`,
  ];
  await compileProcesses();
  const pool = serverPool();
  try {
    const { kind, items, serve } = serverOf(request.workload, options);
    await measure(request.workload, client, await pool.get(kind, items, serve), options, { nodeFlags });
  } finally {
    await pool.close();
  }
  return join(request.outDir, name);
}
