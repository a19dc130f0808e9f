import type { RunOptions } from 'axe-core';

/**
 * The axe-core run every accessibility check uses: the element tests (test/axe.ts) and the
 * demo pages as the server serves them (apps/demo/test). WCAG 2.0, 2.1 and 2.2 at levels A
 * and AA, plus axe's best practices.
 */
export const AXE_RUN_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // WCAG 2.5.3 Label in Name. axe has shipped this rule as experimental (off unless named);
    // naming it keeps it on whatever the version. It caught month cells whose aria-label left
    // out the events written in them (only wide calendars show that text).
    'label-content-name-mismatch': { enabled: true },
  },
  resultTypes: ['violations'],
} satisfies RunOptions;
