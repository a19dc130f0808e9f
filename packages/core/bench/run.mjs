// `npm run bench`: bundles a TypeScript benchmark from source (core's own tsup, nothing
// downloaded) and runs it with --expose-gc so heap figures are comparable.
// BENCH_SMOKE=1 runs a short version (1k organisations, one round) for CI.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const name = process.argv[2] ?? 'search';
const root = fileURLToPath(new URL('..', import.meta.url));
// Inside node_modules so the peers (minisearch, flexsearch, fuse.js) resolve from the bundle.
const outDir = `${root}node_modules/.cache/liaison-bench`;
await build({
  entry: { [name]: `${root}bench/${name}.bench.ts` },
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  external: ['minisearch', 'flexsearch', 'fuse.js'],
  splitting: false,
  sourcemap: false,
  dts: false,
  clean: false,
  silent: true,
  config: false,
});
const run = spawnSync(process.execPath, ['--expose-gc', `${outDir}/${name}.js`], { stdio: 'inherit', env: process.env });
process.exit(run.status ?? 1);
