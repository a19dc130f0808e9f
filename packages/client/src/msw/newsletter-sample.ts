import { composeNewsletter, LANGUAGES, previousMonth, sampleNewsletterSources, type NewsletterIssue } from '@ngo-liaison/core';

/**
 * The issue the mock server's archive holds when no issues are passed in: last month's, composed
 * by core from the same fictional sample the real server's fresh database shows — so tests and
 * Storybook see exactly what an issue looks like, and no real partner is ever called "new".
 */
export function sampleNewsletterIssues(now: Date): NewsletterIssue[] {
  const month = previousMonth(now);
  const composedAt = new Date(`${month}-28T09:00:00.000Z`);
  return LANGUAGES.map((language) => composeNewsletter({ month, language, now: composedAt, sources: sampleNewsletterSources(language) }));
}
