import type { RunOptions } from 'axe-core';

/**
 * The axe-core run every accessibility check uses: the element tests (test/axe.ts) and the
 * demo pages as the server serves them (apps/demo/test). WCAG 2.0, 2.1 and 2.2 at levels A
 * and AA, plus axe's best practices.
 */
export const AXE_RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // WCAG 2.5.3 Label in Name: axe calls the rule experimental and may leave it out of a
    // release's defaults, so it is named here. A month cell whose aria-label left out the
    // events shown in it passed every check before.
    'label-content-name-mismatch': { enabled: true },
  },
  resultTypes: ['violations'],
} satisfies RunOptions;
