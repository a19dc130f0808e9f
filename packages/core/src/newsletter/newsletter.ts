import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';
import { withoutControlCharacters } from '../schemas/plain-text.js';

/** A newsletter month, `yyyy-mm` (the issue of November 2026 is `2026-11`). */
export const NewsletterMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month yyyy-mm'));
export type NewsletterMonth = z.infer<typeof NewsletterMonth>;

/**
 * The sections of an issue, in the order they appear (paragraph 6 of the working-group paper:
 * what happened in the partnership during the month and what comes next).
 */
export const NEWSLETTER_SECTIONS = [
  'new-partners',
  'renewed-partners',
  'actions',
  'events',
  'recommendations',
  'consultations',
  'consultation-results',
] as const;
export const NewsletterSection = z.enum(NEWSLETTER_SECTIONS);
export type NewsletterSection = z.infer<typeof NewsletterSection>;

/** Topics a subscriber may choose: one per section. */
export const NewsletterTopic = NewsletterSection;
export type NewsletterTopic = NewsletterSection;

/**
 * One item of a section, already in words (the caller picks the record's text in the issue's
 * language). `group` names the sector or region an action is filed under.
 */
export const NewsletterItem = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  title: z.string().check(z.minLength(1), z.maxLength(300)),
  detail: z.optional(z.string().check(z.maxLength(1000))),
  group: z.optional(z.string().check(z.maxLength(200))),
  /** An https URL on Liaison's public site (never a tracking redirect). */
  url: z.optional(z.string().check(z.regex(/^https:\/\//, 'must be an https URL'))),
});
export type NewsletterItem = z.infer<typeof NewsletterItem>;

/** What a section holds in one issue: its heading in the issue's language and its items. */
export const NewsletterIssueSection = z.object({
  section: NewsletterSection,
  heading: z.string(),
  items: z.array(NewsletterItem),
});
export type NewsletterIssueSection = z.infer<typeof NewsletterIssueSection>;

/** One issue in one language, as GET /v1/newsletters/{month}?lang= returns it. */
export const NewsletterIssue = z.object({
  month: NewsletterMonth,
  language: z.enum(LANGUAGES),
  title: z.string(),
  introduction: z.optional(z.string()),
  /** Only sections that have items. */
  sections: z.array(NewsletterIssueSection),
  /** E-mail HTML: tables and inline styles, no remote resources. */
  html: z.string(),
  text: z.string(),
  composedAt: z.iso.datetime(),
  /** When it was sent; absent for an issue composed but not sent (e.g. the sample issue). */
  sentAt: z.optional(z.iso.datetime()),
});
export type NewsletterIssue = z.infer<typeof NewsletterIssue>;

/** One line of the archive (GET /v1/newsletters). */
export const NewsletterSummary = z.object({
  month: NewsletterMonth,
  language: z.enum(LANGUAGES),
  title: z.string(),
  sections: z.array(z.object({ section: NewsletterSection, heading: z.string(), count: z.int().check(z.gte(0)) })),
  composedAt: z.iso.datetime(),
  sentAt: z.optional(z.iso.datetime()),
});
export type NewsletterSummary = z.infer<typeof NewsletterSummary>;

export const NewsletterArchive = z.object({ items: z.array(NewsletterSummary) });
export type NewsletterArchive = z.infer<typeof NewsletterArchive>;

/** The archive line of an issue: shared by the API and the mock server. */
export function newsletterSummaryOf(issue: NewsletterIssue): NewsletterSummary {
  return {
    month: issue.month,
    language: issue.language,
    title: issue.title,
    sections: issue.sections.map((s) => ({ section: s.section, heading: s.heading, count: s.items.length })),
    composedAt: issue.composedAt,
    ...(issue.sentAt === undefined ? {} : { sentAt: issue.sentAt }),
  };
}

const introductionText = z.string().check(z.trim(), z.maxLength(4000), withoutControlCharacters());

/** A chosen item of the draft, in the order the Secretariat put it. */
export const NewsletterDraftItem = z.strictObject({ section: NewsletterSection, id: z.string().check(z.minLength(1), z.maxLength(200)) });
export type NewsletterDraftItem = z.infer<typeof NewsletterDraftItem>;

/** Body of PUT /v1/newsletters/{month}/draft: the items kept, in order, and an introduction per language. */
export const NewsletterDraftInput = z.strictObject({
  items: z.array(NewsletterDraftItem).check(z.maxLength(500)),
  introduction: z.partialRecord(z.enum(LANGUAGES), introductionText),
});
export type NewsletterDraftInput = z.infer<typeof NewsletterDraftInput>;

/** The Secretariat's draft of a month, with every candidate item the data offers. */
export const NewsletterDraft = z.object({
  month: NewsletterMonth,
  items: z.array(NewsletterDraftItem),
  introduction: z.partialRecord(z.enum(LANGUAGES), z.string()),
  /** Every item the month's data offers, by section (in the draft's reading language, English). */
  candidates: z.array(NewsletterIssueSection),
  updatedAt: z.optional(z.iso.datetime()),
  sentAt: z.optional(z.iso.datetime()),
});
export type NewsletterDraft = z.infer<typeof NewsletterDraft>;

/** Body of POST /v1/newsletter/subscriptions. Without `topics`, every topic. */
export const NewsletterSubscriptionInput = z.strictObject({
  email: z.string().check(z.trim(), z.maxLength(254), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address')),
  language: z.enum(LANGUAGES),
  topics: z.optional(z.array(NewsletterTopic).check(z.minLength(1))),
});
export type NewsletterSubscriptionInput = z.infer<typeof NewsletterSubscriptionInput>;

/** The answer to a sign-up: always the same, so it never tells whether an address was known. */
export const NewsletterSubscriptionAccepted = z.object({ state: z.literal('pending') });
export type NewsletterSubscriptionAccepted = z.infer<typeof NewsletterSubscriptionAccepted>;

/** The result of POST /v1/newsletters/{month}/send. */
export const NewsletterSendResult = z.object({ month: NewsletterMonth, recipients: z.int().check(z.gte(0)), enqueued: z.int().check(z.gte(0)) });
export type NewsletterSendResult = z.infer<typeof NewsletterSendResult>;
