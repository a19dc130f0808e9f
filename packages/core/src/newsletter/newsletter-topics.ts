import { NEWSLETTER_SECTIONS, type NewsletterIssue, type NewsletterTopic } from './newsletter.js';
import { renderNewsletterHtml, renderNewsletterText } from './compose-newsletter.js';

/**
 * The issue a subscriber who chose `topics` receives: only those sections, rendered again.
 * `undefined` when none of the chosen sections has anything this month — nothing is mailed
 * rather than an empty issue. No topics (partners' contacts) or every topic: the whole issue.
 */
export function issueForTopics(issue: NewsletterIssue, topics: readonly NewsletterTopic[] | undefined): NewsletterIssue | undefined {
  if (topics === undefined || topics.length === 0 || NEWSLETTER_SECTIONS.every((section) => topics.includes(section))) return issue;
  const sections = issue.sections.filter((section) => topics.includes(section.section));
  if (sections.length === 0) return undefined;
  const parts = { month: issue.month, language: issue.language, title: issue.title, introduction: issue.introduction, sections };
  return { ...issue, sections, html: renderNewsletterHtml(parts), text: renderNewsletterText(parts) };
}
