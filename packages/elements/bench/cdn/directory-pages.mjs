import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { installKeystrokeProbe } from './probe.mjs';

/*
 * The three pages typed into, generated at bench start:
 *
 * - the widget: dist/cdn/ngo-directory.js by <script type="module">, as an embedder loads it,
 *   with the organisations set as `items` (the local-index path);
 * - the plain-DOM floor: the same search code (core's OrganizationIndex, same options and
 *   query as the directory's local backend: text, facet counts, first page of 12) and no
 *   framework: 12 <li> (name, acronym, city) written with textContent;
 * - MiniSearch 7 + plain DOM: what a hand-rolled embed would typically do (names, acronyms
 *   and cities only, no facets), for scale.
 *
 * The floor's search code is bundled from core's built dist with esbuild (no CDN file has it).
 */

const ELEMENTS_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** Page size of both: the directory's default, 12. */
export const PAGE_SIZE = 12;

const BASE_STYLE = 'body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }';

function page(title, head, body, script) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${BASE_STYLE}</style>
${head}
</head>
<body>
${body}
<script type="module">
${script}
</script>
</body>
</html>
`;
}

const probeSource = `(${installKeystrokeProbe.toString()})`;

/** <ngo-directory> from the CDN bundle; `window.__firstList` is "items set → first list laid out". */
export function directoryHtml() {
  return page(
    'ngo-directory (CDN bundle)',
    '<script type="module" src="/cdn/ngo-directory.js"></script>',
    `<ngo-directory page-size="${PAGE_SIZE}"></ngo-directory>`,
    `
const items = await (await fetch('/data/organizations.json')).json();
await customElements.whenDefined('ngo-directory');
const el = document.querySelector('ngo-directory');
const start = performance.now();
el.items = items;
// The index and the lazy chunks (index code, country groupings) load first: wait for the list.
for (;;) {
  await el.updateComplete;
  if (el.state === 'list') break;
  if (el.state === 'error') throw el.error;
  await new Promise((resolve) => setTimeout(resolve, 1));
}
await Promise.all([...el.shadowRoot.querySelectorAll('ngo-card')].map((card) => card.updateComplete));
el.shadowRoot.querySelector('[part="results"]').getBoundingClientRect();
window.__firstList = performance.now() - start;
${probeSource}('directory');
`,
  );
}

const FLOOR_STYLE = `<style>
#results { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }
#results li { border: 1px solid #ccc; border-radius: 8px; padding: 12px; }
#results strong { display: block; }
</style>`;

/** The search functions of the two peers; `items` are the organisations, `lib` the floor bundle's exports. */
const SEARCHES = {
  floor: `
const index = new lib.OrganizationIndex(items, { countries: lib.COUNTRIES });
// The directory's local backend asks exactly this: the page's language, the text if any, one page.
const search = (q) => index.search({ lang: 'en', ...(q.trim() ? { q } : {}), limit: ${PAGE_SIZE} });
`,
  minisearch: `
const byId = new Map(items.map((org) => [org.id, org]));
const all = (value) => (value ? Object.values(value).join(' ') : '');
const mini = new lib.MiniSearch({
  fields: ['name', 'acronym', 'city'],
  extractField: (org, field) => (field === 'id' ? org.id : field === 'city' ? (org.headquarters?.city ?? '') : all(org[field])),
  processTerm: (term) => lib.normalizeText(term) || null,
});
mini.addAll(items);
const search = (q) => {
  if (!q.trim()) return { items: items.slice(0, ${PAGE_SIZE}), total: items.length };
  const hits = mini.search(q, { prefix: true, fuzzy: 0.2, boost: { acronym: 4, name: 3 } });
  return { items: hits.slice(0, ${PAGE_SIZE}).map((hit) => byId.get(hit.id)), total: hits.length };
};
`,
};

/** A plain-DOM peer page: `kind` is `floor` or `minisearch`. */
export function peerHtml(kind) {
  return page(
    `${kind} (plain DOM)`,
    FLOOR_STYLE,
    `<label for="q">Search</label> <input id="q" type="search" autocomplete="off" spellcheck="false" maxlength="200">
<p id="count"></p>
<ul id="results"></ul>`,
    `
import * as lib from '/floor/floor.js';
const items = await (await fetch('/data/organizations.json')).json();
const start = performance.now();
${SEARCHES[kind]}
const input = document.getElementById('q');
const list = document.getElementById('results');
const count = document.getElementById('count');
const text = (value) => (value ? (value.en ?? Object.values(value)[0] ?? '') : '');
function line(tag, value) {
  const node = document.createElement(tag);
  node.textContent = value;
  return node;
}
function render() {
  const result = search(input.value);
  count.textContent = result.total + ' organisations';
  list.replaceChildren(
    ...result.items.map((org) => {
      const li = document.createElement('li');
      li.append(line('strong', text(org.name)), line('span', text(org.acronym)), line('div', org.headquarters?.city ?? ''));
      return li;
    }),
  );
}
input.addEventListener('input', render);
render();
list.getBoundingClientRect();
window.__firstList = performance.now() - start;
${probeSource}('${kind}');
`,
  );
}

/** The peers' library code, bundled for the browser from core's dist and minisearch. */
export async function buildFloorBundle() {
  const result = await build({
    stdin: {
      contents: `export { OrganizationIndex, normalizeText } from '@ngo-liaison/core/search';
export { COUNTRIES } from '@ngo-liaison/core/reference';
export { default as MiniSearch } from 'minisearch';`,
      resolveDir: ELEMENTS_DIR,
      loader: 'js',
      sourcefile: 'floor-entry.js',
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
