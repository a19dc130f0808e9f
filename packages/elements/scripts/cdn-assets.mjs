// After tsup (`npm run build`): what dist/cdn serves besides the bundles themselves.
//   <widget>.classic.js  a classic-script loader per widget (template: classic-loader.js)
//   sri.json             the Subresource Integrity hash (sha384) of every entry file
//   <file>.br, <file>.gz beside every text file over 1 kB, compressed once at build with the
//                        strongest settings, so the server only picks a file per request
//                        (apps/api serves them by Accept-Encoding)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { minify } from 'terser';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = join(root, 'dist/cdn');

/** Below this, compression saves less than a TCP packet and costs a decode: served as is. */
const MIN_COMPRESS_BYTES = 1024;
// Not the source maps: only developer tools fetch them (gzipped on the fly by the server then),
// and they would triple the build's compression time.
const COMPRESSIBLE = new Set(['.js', '.json', '.txt']);

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** The widgets' module entries: the top-level .js files tsup wrote (one per CDN widget). */
function moduleEntries() {
  return readdirSync(cdn)
    .filter((name) => name.endsWith('.js') && !name.endsWith('.classic.js'))
    .sort();
}

async function writeClassicLoaders(entries) {
  const template = readFileSync(join(root, 'scripts/classic-loader.js'), 'utf8');
  const loaders = [];
  for (const entry of entries) {
    const source = template.replaceAll('__NGO_ENTRY__', entry).replaceAll('__NGO_INTEGRITY__', sri(readFileSync(join(cdn, entry))));
    const { code } = await minify(source, { ecma: 2020, compress: { passes: 2 }, format: { comments: false } });
    const name = entry.replace(/\.js$/, '.classic.js');
    writeFileSync(join(cdn, name), `${code}\n`);
    loaders.push(name);
  }
  return loaders;
}

function writeSri(files) {
  const hashes = Object.fromEntries(files.map((file) => [file, sri(readFileSync(join(cdn, file)))]));
  writeFileSync(join(cdn, 'sri.json'), `${JSON.stringify(hashes, null, 2)}\n`);
}

function* filesUnder(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

function precompress() {
  let raw = 0;
  let brotli = 0;
  for (const file of [...filesUnder(cdn)]) {
    if (!COMPRESSIBLE.has(extname(file)) || statSync(file).size < MIN_COMPRESS_BYTES) continue;
    const bytes = readFileSync(file);
    const br = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
    raw += bytes.length;
    brotli += br.length;
  }
  return { raw, brotli };
}

const entries = moduleEntries();
if (entries.length === 0) throw new Error(`no widget entries in ${relative(root, cdn)}: run tsup first`);
const loaders = await writeClassicLoaders(entries);
writeSri([...entries, ...loaders]);
const { raw, brotli } = precompress();
console.log(`cdn-assets: ${loaders.length} classic loaders, sri.json, .br/.gz of ${(raw / 1024).toFixed(0)} kB (${(brotli / 1024).toFixed(0)} kB as brotli)`);
