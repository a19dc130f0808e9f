import { HtmlValidate } from 'html-validate';
import { expect } from 'vitest';

/**
 * html-validate's recommended rules, less what e-mail HTML needs: inline styles (mail programs
 * drop style sheets), presentational attributes on layout tables (cellpadding, border, width)
 * and tables without tbody.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: { 'no-inline-style': 'off', 'no-deprecated-attr': 'off', 'prefer-tbody': 'off' },
});

/** Asserts that `html` is valid e-mail HTML and loads nothing remote (no images, style sheets, scripts, frames or CSS urls). */
export async function expectValidMailHtml(html: string | undefined): Promise<void> {
  expect(html, 'the mail has an HTML part').toBeTruthy();
  const report = await validator.validateString(html!);
  const problems = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} (line ${message.line}): ${message.message}`));
  expect(problems).toEqual([]);
  expect(html).not.toMatch(/<(img|link|script|iframe|object|embed|video|audio|source)\b|\bsrc\s*=|url\s*\(|@import/i);
}
