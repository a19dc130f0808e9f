import { publicApiPlugin } from './scripts/cem-public-api.mjs';

// `cem analyze` reads this file: element classes, the base class they inherit lang/dir
// from, the event classes, and the modules that register each tag (`<name>.ts`), without
// tests and stories. The plugin keeps the public API and points at the files in dist/.
export default {
  globs: ['src/components/**/*.element.ts', 'src/components/*/ngo-*.ts', 'src/internal/liaison-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiPlugin()],
};
