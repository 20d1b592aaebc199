/**
 * Summarises a V8 `.cpuprofile` (what `node --cpu-prof` writes) as text: sampled time per package (our client,
 * openapi-fetch, undici, Node, V8's own work) and the functions with the most self time, with their total
 * (inclusive) time. Self time of a sample is the time until the next sample, as in Chrome's DevTools.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { num } from './format.js';

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface FunctionTime {
  name: string;
  /** `package/path:line` for files, `node:…:line` for Node's own modules, empty for V8's pseudo-functions. */
  location: string;
  group: string;
  selfUs: number;
  totalUs: number;
}

export interface ProfileSummary {
  totalUs: number;
  samples: number;
  groups: { group: string; selfUs: number }[];
  functions: FunctionTime[];
}

const packageRoots = new Map<string, { name: string; root: string } | undefined>();

/** The nearest `package.json` above a file: its package name and directory. */
function packageOf(file: string): { name: string; root: string } | undefined {
  const dir = dirname(file);
  if (packageRoots.has(dir)) return packageRoots.get(dir);
  let found: { name: string; root: string } | undefined;
  const manifest = join(dir, 'package.json');
  if (existsSync(manifest)) {
    const name = (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
    found = name ? { name, root: dir } : undefined;
  }
  if (!found && dirname(dir) !== dir) found = packageOf(dir);
  packageRoots.set(dir, found);
  return found;
}

/** Which package (or part of the runtime) a call frame belongs to, and where it is. */
export function placeOf(frame: CallFrame): { group: string; location: string } {
  const line = frame.lineNumber + 1;
  if (frame.url === '') {
    const pseudo = /^\(.*\)$/.test(frame.functionName);
    return { group: pseudo ? frame.functionName : '(V8 built-ins and native code)', location: '' };
  }
  if (frame.url.startsWith('node:internal/deps/undici/'))
    return { group: 'undici (Node fetch)', location: `${frame.url}:${line}` };
  if (frame.url.startsWith('wasm://')) return { group: "WebAssembly (in Node's fetch: undici's llhttp)", location: '' };
  if (frame.url.startsWith('node:')) return { group: 'Node built-ins', location: `${frame.url}:${line}` };
  if (frame.url.startsWith('file://')) {
    const file = fileURLToPath(frame.url);
    const pkg = packageOf(file);
    if (pkg) return { group: pkg.name, location: `${pkg.name}/${relative(pkg.root, file)}:${line}` };
    return { group: file, location: `${file}:${line}` };
  }
  return { group: frame.url, location: `${frame.url}:${line}` };
}

export function summarizeProfile(profile: CpuProfile): ProfileSummary {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const self = new Map<number, number>();
  let timestamp = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    timestamp += deltas[i] ?? 0;
    const next = i + 1 < samples.length ? (deltas[i + 1] ?? 0) : Math.max(0, profile.endTime - timestamp);
    const id = samples[i] as number;
    self.set(id, (self.get(id) ?? 0) + next);
  }

  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const keyOf = (node: ProfileNode) => {
    const f = node.callFrame;
    return `${f.functionName}\u0000${f.url}\u0000${f.lineNumber}\u0000${f.columnNumber}`;
  };
  const functions = new Map<string, FunctionTime>();
  const entry = (node: ProfileNode): FunctionTime => {
    const key = keyOf(node);
    let fn = functions.get(key);
    if (!fn) {
      const { group, location } = placeOf(node.callFrame);
      fn = { name: node.callFrame.functionName || '(anonymous)', location, group, selfUs: 0, totalUs: 0 };
      functions.set(key, fn);
    }
    return fn;
  };
  // Depth first from the root; a function's total counts a subtree once even when it recurses into itself.
  const onStack = new Map<string, number>();
  const visit = (node: ProfileNode): number => {
    const key = keyOf(node);
    const fn = entry(node);
    const own = self.get(node.id) ?? 0;
    fn.selfUs += own;
    onStack.set(key, (onStack.get(key) ?? 0) + 1);
    let subtree = own;
    for (const child of node.children ?? []) {
      const childNode = byId.get(child);
      if (childNode) subtree += visit(childNode);
    }
    const depth = (onStack.get(key) as number) - 1;
    if (depth === 0) {
      onStack.delete(key);
      fn.totalUs += subtree;
    } else onStack.set(key, depth);
    return subtree;
  };
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  let totalUs = 0;
  for (const root of profile.nodes.filter((node) => !childIds.has(node.id))) totalUs += visit(root);

  const groups = new Map<string, number>();
  for (const fn of functions.values()) groups.set(fn.group, (groups.get(fn.group) ?? 0) + fn.selfUs);
  return {
    totalUs,
    samples: samples.length,
    groups: [...groups]
      .map(([group, selfUs]) => ({ group, selfUs }))
      .filter((g) => g.selfUs > 0)
      .sort((a, b) => b.selfUs - a.selfUs),
    functions: [...functions.values()].filter((fn) => fn.selfUs > 0).sort((a, b) => b.selfUs - a.selfUs),
  };
}

/** The summary as Markdown: time per package, then the `top` functions by self time. */
export function renderProfileSummary(summary: ProfileSummary, top = 25): string {
  const msOf = (us: number) => `${num(us / 1000, 1)} ms`;
  const share = (us: number, of: number) => `${num(of > 0 ? (100 * us) / of : 0, 1)} %`;
  const pct = (us: number) => share(us, summary.totalUs);
  const idle = summary.groups.find((g) => g.group === '(idle)')?.selfUs ?? 0;
  const busy = summary.totalUs - idle;
  const groupRows = summary.groups.map(
    (g) =>
      `| ${g.group} | ${msOf(g.selfUs)} | ${pct(g.selfUs)} | ${g.group === '(idle)' ? '' : share(g.selfUs, busy)} |`,
  );
  const functionRows = summary.functions
    .slice(0, top)
    .map(
      (fn) =>
        `| \`${fn.name}\` | ${fn.location ? `\`${fn.location}\`` : ''} | ${msOf(fn.selfUs)} | ${pct(fn.selfUs)} | ` +
        `${msOf(fn.totalUs)} | ${pct(fn.totalUs)} |`,
    );
  return [
    `${msOf(summary.totalUs)} sampled in ${num(summary.samples)} samples; busy (not idle): ${msOf(busy)}.`,
    '',
    '| where (self time) | self | share | share of busy |',
    '| --- | ---: | ---: | ---: |',
    ...groupRows,
    '',
    `Top ${Math.min(top, summary.functions.length)} functions by self time:`,
    '',
    '| function | where | self | share | total | share |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...functionRows,
  ].join('\n');
}

export const readProfile = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
