import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const r = await build({
  entryPoints: [process.argv[2]],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  metafile: true,
});
const out = r.outputFiles[0].contents;
console.log('total min', out.length, 'gzip', gzipSync(out, { level: 9 }).length);
const o = Object.values(r.metafile.outputs)[0];
for (const [f, v] of Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput))
  console.log(String(v.bytesInOutput).padStart(6), f);
