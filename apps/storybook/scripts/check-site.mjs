// Checks the built documentation site (docs-site/, from `npm run docs`) as a reader meets it:
// every element has a docs page, every guide link points at a page that exists, the API
// reference is there, and the stories render their elements in Chromium — the built site, not
// the dev server, so a bundling mistake (a registration tree-shaken away) fails here.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { preview } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const site = here('../../../docs-site/');
const problems = [];
const started = performance.now();

if (!existsSync(`${site}index.json`)) {
  console.error('docs-site/ is missing: run `npm run docs` first.');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${site}index.json`, 'utf8')).entries);
const ids = new Set(entries.map((entry) => entry.id));

// 1. A docs page per element of the Custom Elements Manifest.
const manifest = JSON.parse(readFileSync(here('../../../packages/elements/custom-elements.json'), 'utf8'));
const tags = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
for (const tag of tags) if (!ids.has(`widgets-${tag}--docs`)) problems.push(`no docs page for <${tag}>`);

// 2. Links between pages (`?path=/docs/<id>`) and to the API reference resolve.
const docsDir = here('../docs/');
for (const file of readdirSync(docsDir).filter((name) => name.endsWith('.mdx'))) {
  const text = readFileSync(docsDir + file, 'utf8');
  for (const [, id] of text.matchAll(/\?path=\/docs\/([\w-]+)/g)) if (!ids.has(id)) problems.push(`${file}: link to missing page ${id}`);
  for (const [, path] of text.matchAll(/href="\.\/([^"#?]+)"/g)) if (!existsSync(site + path)) problems.push(`${file}: link to missing file ${path}`);
}
for (const page of ['api/index.html', 'api/modules/_ngo-liaison_core.index.html', 'api/modules/_ngo-liaison_client.index.html', 'api/classes/_ngo-liaison_client.index.HttpError.html']) {
  if (!existsSync(site + page)) problems.push(`API reference page missing: ${page}`);
}

// 3. The first story of every element renders it (defined, with a shadow root) without
// Storybook's error screen. One per element: a bundling mistake breaks a whole stories file,
// and every story's states are checked in Chromium by packages/elements/src/stories.test.ts.
const server = await preview({ configFile: false, logLevel: 'silent', build: { outDir: site }, preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('vite preview did not report its URL');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const titles = new Set();
  const stories = entries.filter((entry) => entry.type === 'story' && !titles.has(entry.title) && titles.add(entry.title));
  for (const story of stories) {
    const tag = story.title.split('/').pop();
    await page.goto(`${base}iframe.html?id=${story.id}&viewMode=story`);
    try {
      await page.waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          return document.body.classList.contains('sb-show-errordisplay') || (customElements.get(name) && el?.shadowRoot);
        },
        tag,
        { timeout: 15_000 },
      );
      if (await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'))) problems.push(`${story.id}: Storybook shows an error`);
    } catch {
      problems.push(`${story.id}: <${tag}> did not render`);
    }
  }
  console.log(`${tags.length} element pages, ${stories.length} elements rendered from their first story, API reference present`);
} finally {
  await browser.close();
  await server.close();
}

console.log(`checked docs-site/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
