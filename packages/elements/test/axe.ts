import axe from 'axe-core';
import { expect } from 'vitest';
import { renderSkippedContent } from './axe-layout.js';
import { AXE_RUN_OPTIONS } from './axe-options.js';

/** Runs axe-core on one element (its shadow trees included) and expects no violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const restore = renderSkippedContent(element);
  try {
    const results = await axe.run(element, AXE_RUN_OPTIONS);
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
    expect(violations).toEqual([]);
  } finally {
    restore();
  }
}
