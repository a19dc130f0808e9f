import { defineConfig } from 'tsup';

/** The package's entry points (see "exports" in package.json): their .d.ts files. */
const publicEntries = {
  index: 'src/index.ts',
  'reference/index': 'src/reference/index.ts',
  'sample/index': 'src/sample/index.ts',
  'search/index': 'src/search/index.ts',
  'synthetic/index': 'src/synthetic/index.ts',
  'contract/openapi': 'src/contract/openapi.ts',
  'matching/index': 'src/matching/index.ts',
  'vocabulary/index': 'src/vocabulary/index.ts',
  // One module per language, so a widget loads its viewer's concept labels only.
  ...Object.fromEntries(['ar', 'en', 'es', 'fr', 'ru', 'zh'].map((lang) => [`vocabulary/labels/${lang}`, `src/vocabulary/labels/${lang}.ts`])),
};

export default defineConfig({
  // One .js per source file, not bundles: with "sideEffects": false a site's bundler then
  // drops every module a user does not import (`import { pickText }` takes pick-text.js and
  // nothing else). Bundled entries inline dozens of modules into index.js, where statements
  // such as `new Map(…)` or zod's `.check()` calls keep every schema alive.
  // Test helpers (imported only by *.test.ts) stay out of the package.
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/calendar/ics-assertions.ts', '!src/events/test-events.ts', '!src/sessions/test-sessions.ts', '!src/organization-writes/test-writes.ts', '!src/inbox/test-inbox.ts'],
  bundle: false,
  format: ['esm'],
  target: 'es2022',
  dts: { entry: publicEntries, compilerOptions: { ignoreDeprecations: '6.0' } },
  sourcemap: true,
  clean: true,
});
