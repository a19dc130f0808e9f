/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { kyWithoutProgress } from './scripts/ky-without-progress-plugin.js';
import { minifyLitCss } from './scripts/minify-css-plugin.js';
import { workspaceSources } from './scripts/workspace-sources-plugin.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __NGO_ELEMENTS_VERSION__: JSON.stringify(version) };

// ES2022: the browser floor (Chrome/Edge 120, Firefox 119, Safari 16.4) runs it natively,
// and ES2021 would rewrite every #private field into a WeakMap.
const target = 'es2022';

/** Widgets with a CDN file (src/cdn/<widget>.ts → dist/cdn/<widget>.js). */
const CDN_WIDGETS = [
  'ngo-directory',
  'ngo-organization-profile',
  'ngo-forum-calendar',
  'ngo-programmes',
  'ngo-organization-editor',
  'ngo-inbox',
  'ngo-recommendation-tracker',
  'ngo-action-submit',
  'ngo-programme-feedback',
  'ngo-hearing-request',
  'ngo-newsletter-signup',
  'ngo-newsletter-archive',
  'ngo-consultation',
  'ngo-forum-themes',
  'ngo-meetings',
];

export default defineConfig([
  {
    // npm: one .js per source file (Lit's publishing advice), so a site's bundler dedupes lit,
    // core and the client with its own copies and splits the lazy locale/reference imports.
    name: 'npm',
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.stories.ts', '!src/cdn/**'],
    outDir: 'dist',
    format: ['esm'],
    target,
    bundle: false,
    // Without this tsup moves esbuild's decorator helper into a chunk and adds a bare import
    // of it to every file, which consumers' bundlers then warn about (sideEffects).
    splitting: false,
    define,
    sourcemap: true,
    dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  },
  // CDN: one self-contained module per widget for <script type="module">; its locale
  // modules and the country names become lazy chunks in chunks/<widget>/. One build per
  // widget, so no widget's first download carries another widget's code (a build with
  // several entries would share chunks between them), and size-limit can measure each.
  ...CDN_WIDGETS.map(
    (widget): Options => ({
      name: `cdn:${widget}`,
      entry: { [widget]: `src/cdn/${widget}.ts` },
      outDir: 'dist/cdn',
      format: ['esm'],
      target,
      platform: 'browser',
      noExternal: [/.*/],
      splitting: true,
      // esbuild minifies, then terser compresses its output again (two passes): 4–5 % less
      // after gzip on every widget, which the calendar's 40 kB budget needs.
      minify: 'terser',
      minifyWhitespace: true,
      minifyIdentifiers: true,
      minifySyntax: true,
      terserOptions: { ecma: 2020, module: true, compress: { passes: 2 }, sourceMap: true },
      define: { ...define, __NGO_CDN_BUNDLE__: 'true' },
      sourcemap: true,
      // Workspace packages from source, imported module by module: see the plugin's comment.
      esbuildPlugins: [minifyLitCss(), kyWithoutProgress(), workspaceSources(new URL('.', import.meta.url).pathname)],
      esbuildOptions(options) {
        options.chunkNames = `chunks/${widget}/[name]-[hash]`;
        options.legalComments = 'linked';
      },
    }),
  ),
]);
