// Size budgets of the npm package as a site's bundler sees it (`npm run size`): esbuild
// bundles one import from the built package, minifies and gzips it. A helper must come
// alone: `import { pickText }` pulling in zod and every schema (11.9 kB before core was
// published file by file) means tree-shaking broke.
const budget = (name, imports, limit) => ({ name, path: 'dist/index.js', import: imports, limit, gzip: true, brotli: false });

export default [
  budget("import { pickText } from '@ngo-liaison/core': one helper, no schemas", '{ pickText }', '300 B'),
  budget("import { Organization, safeParse } from '@ngo-liaison/core': one schema, zod/mini and its English messages", '{ Organization, safeParse }', '13 kB'),
];
