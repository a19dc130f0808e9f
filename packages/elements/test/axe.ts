import axe from 'axe-core';
import { expect } from 'vitest';

/** Runs axe-core on one element (its shadow trees included) and expects no violations. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { resultTypes: ['violations'] });
  const violations = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(violations).toEqual([]);
}
