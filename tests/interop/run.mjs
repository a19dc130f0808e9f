import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WIDGET_CHECKS } from './checks/widgets.mjs';
import { launchBrowser, openPage } from './lib/browser.mjs';
import { run, timed } from './lib/commands.mjs';
import { entriesModule, typedEntryPoints } from './lib/entry-points.mjs';
import { packPackages } from './lib/pack.mjs';
import { createProject } from './lib/project.mjs';
import { serveStatic } from './lib/static-server.mjs';

/*
 * `npm run test:interop`: the integrator's walk on the packages as npm would publish them.
 * core, client and elements are packed (`npm pack`), then installed with the registry's
 * react, vue, vite and typescript into fresh projects in a temporary folder:
 *   node-esm    plain Node ESM: the client against the API, core's pickText on the result
 *   typescript  every typed entry point of the three packages, under nodenext and bundler
 *   vanilla     the elements in plain HTML, built with Vite
 *   react       the elements in React 19 (JSX typings from @ngo-liaison/elements/react)
 *   vue         the elements in Vue 3 (template typings from @ngo-liaison/elements/vue)
 * Type-checks each (`tsc`/`vue-tsc`, skipLibCheck off, no declarations of the user's own),
 * builds the three pages with Vite (a warning fails the build), serves them on 127.0.0.1
 * beside the reference API and runs the same checks on each in Chromium (checks/widgets.mjs).
 *
 * Needs the npm registry. Everything it makes stays in one temporary folder, removed at the
 * end (INTEROP_KEEP=1 keeps it to look at). CHROMIUM_PATH defaults to /usr/bin/chromium.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const STRICT_BUILD = `${FIXTURES}shared/strict-build.mjs`;
const PAGES = ['vanilla', 'react', 'vue'];

const failures = [];
async function check(label, step) {
  try {
    return await timed(label, step);
  } catch (error) {
    failures.push(`${label}: ${error.message}`);
    console.log(`  FAIL ${label}\n${indent(error.message)}`);
    return undefined;
  }
}
const indent = (text) => text.trimEnd().replace(/^/gm, '       ');

/** Runs `tasks` (functions returning promises) at most `limit` at a time. */
async function pool(limit, tasks) {
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function main() {
  const started = performance.now();
  const temp = mkdtempSync(join(tmpdir(), 'liaison-interop-'));
  console.log(`interop: working in ${temp}`);
  let api;
  let server;
  let browser;
  try {
    await timed('build core, client, elements and the API (turbo)', () =>
      run('npx', ['turbo', 'run', 'build', '--filter=@ngo-liaison/elements...', '--filter=@ngo-liaison/api...', '--output-logs=errors-only'], { cwd: ROOT }),
    );
    const tarballs = await timed('npm pack core, client, elements', () => packPackages(ROOT, temp));
    const { startApi } = await import('./lib/api-server.mjs');
    api = await startApi(temp);
    const twoIds = (await (await fetch(`${api.api}/organizations?limit=2`)).json()).items.map((organization) => organization.id);

    // Each project depends on the tarballs of what it imports and of what those depend on
    // (from the registry, npm would find them there).
    const ours = (...names) => Object.fromEntries(names.map((name) => [`@ngo-liaison/${name}`, tarballs[`@ngo-liaison/${name}`]]));
    const all = ours('core', 'client', 'elements');
    const plan = { 'node-esm': ours('core', 'client'), typescript: all, vanilla: all, react: all, vue: all };
    const projects = Object.fromEntries(
      await timed(`npm install of ${Object.keys(plan).length} fresh projects (registry + tarballs)`, () =>
        pool(
          3,
          Object.entries(plan).map(([name, deps]) => async () => [
            name,
            await createProject({ template: `${FIXTURES}${name}`, dir: `${temp}/${name}`, tarballs: deps, extraFiles: PAGES.includes(name) ? [STRICT_BUILD] : [] }),
          ]),
        ),
      ),
    );

    const specifiers = Object.keys(plan.typescript).flatMap((name) => typedEntryPoints(`${projects.typescript.dir}/node_modules/${name}`));
    writeFileSync(`${projects.typescript.dir}/src/entries.ts`, entriesModule(specifiers));

    // Each project's steps in order; two steps at a time (CI has two cores).
    const typecheckers = { vanilla: 'tsc', react: 'tsc', vue: 'vue-tsc' };
    const built = [];
    const steps = {
      'node-esm': () =>
        check('node-esm: createClient and pickText in plain Node ESM', async () => {
          const { stdout, stderr } = await run('node', ['index.js', api.api], { cwd: projects['node-esm'].dir });
          if (stderr.trim()) throw new Error(`Node printed on stderr:\n${stderr}`);
          const seen = JSON.parse(stdout);
          if (JSON.stringify(seen.ids) !== JSON.stringify(twoIds)) throw new Error(`listed ${seen.ids}, the API has ${twoIds}`);
          if (seen.names.length !== 2 || !seen.names.every((name) => typeof name === 'string' && name.length > 0)) throw new Error(`names ${seen.names}`);
          if (seen.missing !== 404) throw new Error(`a missing organisation gave ${seen.missing}, not an HttpError 404`);
        }),
      // The two resolutions are separate steps: each is the longest of the walk.
      ...Object.fromEntries(
        ['nodenext', 'bundler'].map((resolution) => [
          `typescript-${resolution}`,
          () =>
            check(`typescript (${resolution}): ${specifiers.length} entry points and an SDK user's code type-check`, () =>
              projects.typescript.bin('tsc', ['-p', `tsconfig.${resolution}.json`]),
            ),
        ]),
      ),
      ...Object.fromEntries(
        PAGES.map((name) => [
          name,
          async () => {
            const project = projects[name];
            await check(`${name}: ${typecheckers[name]} --noEmit (no declarations of the user's own)`, () => project.bin(typecheckers[name], ['--noEmit']));
            if (await check(`${name}: vite build with no warning`, () => project.bin('vite', ['build']))) built.push(name);
          },
        ]),
      ),
    };
    await pool(2, Object.values(steps));

    server = await serveStatic(temp);
    browser = await launchBrowser();
    for (const name of PAGES.filter((page) => built.includes(page))) {
      const { page, problems, close } = await openPage(browser);
      await page.goto(`${server.origin}/${name}/dist/index.html?api=${encodeURIComponent(api.api)}`);
      for (const widgetCheck of WIDGET_CHECKS) await check(`${name}: ${widgetCheck.name}`, () => widgetCheck.run(page, { api: api.api, twoIds }));
      await check(`${name}: no page error, console error or warning, failed request`, async () => {
        if (problems.length) throw new Error(problems.join('\n'));
      });
      await close();
    }
  } finally {
    await browser?.close();
    await server?.close();
    await api?.close();
    if (process.env.INTEROP_KEEP === '1') console.log(`interop: kept ${temp}`);
    else rmSync(temp, { recursive: true, force: true });
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  if (failures.length) {
    console.log(`interop: ${failures.length} failure(s) in ${seconds} s`);
    process.exitCode = 1;
  } else {
    console.log(`interop: the packed packages work in Node, TypeScript (nodenext, bundler), Vite, React 19 and Vue 3 (${seconds} s)`);
  }
}

await main();
