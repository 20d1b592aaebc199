// Child process of the kill-and-resume test: iterates the items of a run (`run <id>`) or a last run
// (`lastRun <actor>`) from a saved position (the last argument, JSON), and writes one line per item: the item with
// the iterator's position after it. The next item is taken only once the line is in the pipe, so a SIGKILL can only
// lose items whose line (and position) the parent never got.
import { createApifyClient } from '../../src/index.js';

const [baseUrl, token, kind, id = '', saved] = process.argv.slice(2);
const client = createApifyClient({ token, baseUrl, maxRetries: 2 });
const run = kind === 'run' ? client.run(id) : client.lastRun(id, { status: 'SUCCEEDED' });
const items = run.dataset.iterateItems({
  clean: true,
  pageSize: 97,
  concurrency: 3,
  resumeFrom: saved ? JSON.parse(saved) : undefined,
});
const write = (line: string) => new Promise((resolve) => process.stdout.write(`${line}\n`, resolve));
for await (const item of items) await write(JSON.stringify({ item, position: items.position }));
await write('DONE');
