// `cem analyze` reads this file: element classes, the base class they inherit lang/dir
// from, and the event classes, without tests and stories.
export default {
  globs: ['src/components/**/*.element.ts', 'src/internal/liaison-element.ts', 'src/events/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
