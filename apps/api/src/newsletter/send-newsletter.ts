import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import { issueForTopics, newsletterMail, newsletterRecipients, NewsletterTopic, partnerNewsletterAddresses, safeParse, type NewsletterIssue, type NewsletterSendResult, type Organization } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { composeMonth } from './newsletter-issues.js';
import { unsubscribeUrl } from './unsubscribe-url.js';

/**
 * Sends a month's issue, inside the caller's transaction `db`: composes it in the six
 * languages (stored as sent), and enqueues one `newsletter` mail per recipient — each fictional
 * partner's contact and each confirmed subscriber, less those who unsubscribed. The outbox's
 * dedupe key `newsletter:<month>:<address>` makes a second send reach only new addresses.
 */
export async function sendNewsletterMonth(
  db: Kysely<Database>,
  storage: Storage,
  { month, at, base, linkSecret }: { month: string; at: Date; base: string; linkSecret: string },
): Promise<NewsletterSendResult> {
  const organizations = (await db.selectFrom('organizations').select('data').execute()).map((row) => JSON.parse(row.data) as Organization);
  const issues = await composeMonth(db, storage, month, at, at);
  const byLanguage = new Map<string, NewsletterIssue>(issues.map((issue) => [issue.language, issue]));
  for (const issue of issues) await storage.newsletter.saveIssue(db, issue);
  const subscribers = await db.selectFrom('newsletter_subscribers').select(['address', 'language', 'state', 'topics']).execute();
  const unsubscribed = new Set(subscribers.filter((s) => s.state === 'unsubscribed').map((s) => s.address));
  const recipients = newsletterRecipients(
    partnerNewsletterAddresses(organizations).filter((address) => !unsubscribed.has(address)),
    subscribers.filter((s) => s.state === 'confirmed').map((s) => ({ ...s, topics: topicsOf(s.topics) })),
  );
  // A subscriber gets the sections of their topics; none of them this month, no mail.
  const messages = recipients.flatMap((recipient) => {
    const whole = byLanguage.get(recipient.language ?? 'en') ?? byLanguage.get('en')!;
    const issue = issueForTopics(whole, recipient.topics);
    return issue === undefined ? [] : [newsletterMail(issue, recipient.address, unsubscribeUrl(base, linkSecret, recipient.address, issue.language))];
  });
  const enqueued = await storage.outbox.enqueue(messages, at, db);
  await storage.newsletter.recordSend(db, month, at.toISOString(), messages.length);
  return { month, recipients: messages.length, enqueued };
}

/** The stored topics (JSON text); unreadable or empty means every topic. */
function topicsOf(stored: string): NewsletterTopic[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return undefined;
  }
  const parsed = safeParse(z.array(NewsletterTopic), value);
  return parsed.success && parsed.data.length > 0 ? parsed.data : undefined;
}
