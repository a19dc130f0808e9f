import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { renderSkippedContent } from '../../../packages/elements/test/axe-layout.js';
import { AXE_RUN_OPTIONS } from '../../../packages/elements/test/axe-options.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core with the options the element tests use and returns one readable block per
 * violation: the rule, its impact and help, then each node's target (a selector path that
 * crosses shadow roots) and its HTML. Empty when axe finds nothing.
 *
 * `within` (a tag name) checks one widget, shadow tree included, after a change inside it;
 * without it the whole document is checked, with the page-level rules (landmarks, headings).
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol: the demo page's CSP (script-src 'self') stays on.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // Off-screen boxes that content-visibility skips are measured as laid out (see axe-layout.ts).
  await page.evaluate(`window.__restoreSkipped = (${renderSkippedContent.toString()})(document)`);
  const violations = await page.evaluate(
    async ({ options, within }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResults> } }).axe;
      const results = await axe.run(within ? { include: [[within]] } : document, options);
      (window as unknown as { __restoreSkipped(): void }).__restoreSkipped();
      return results.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: JSON.stringify(n.target), html: n.html, summary: n.failureSummary ?? '' })),
      }));
    },
    { options: AXE_RUN_OPTIONS, within }
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.map((n) => `    at ${n.target}\n      ${n.html}\n      ${n.summary.replace(/\n/g, '\n      ')}`).join('\n')
  );
}
