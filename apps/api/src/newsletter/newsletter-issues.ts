import type { Kysely } from 'kysely';
import {
  composeNewsletter,
  LANGUAGES,
  NEWSLETTER_SECTIONS,
  previousMonth,
  sampleNewsletterSources,
  type Language,
  type NewsletterDraftInput,
  type NewsletterIssue,
  type NewsletterSources,
} from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';
import type { Storage } from '../storage/storage.js';
import { readNewsletterSources } from './read-newsletter-sources.js';

/** The draft's choice applied to the sources: only the chosen items, in the chosen order. */
export function applyDraft(sources: NewsletterSources, draft: NewsletterDraftInput | undefined): NewsletterSources {
  if (draft === undefined) return sources;
  const chosen: NewsletterSources = {};
  for (const section of NEWSLETTER_SECTIONS) {
    const items = sources[section] ?? [];
    chosen[section] = draft.items.filter((i) => i.section === section).flatMap((i) => items.filter((item) => item.id === i.id));
  }
  return chosen;
}

/** Composes a month's issue in every language from the data and the draft. */
export async function composeMonth(db: Kysely<Database>, storage: Storage, month: string, now: Date, sentAt?: Date): Promise<NewsletterIssue[]> {
  const draft = await storage.newsletter.draft(month, db);
  const issues: NewsletterIssue[] = [];
  for (const language of LANGUAGES) {
    const sources = applyDraft(await readNewsletterSources(db, month, language), draft);
    const introduction = draft?.introduction[language];
    issues.push(composeNewsletter({ month, language, sources, now, ...(introduction ? { introduction } : {}), ...(sentAt ? { sentAt } : {}) }));
  }
  return issues;
}

/**
 * On a fresh database the archive shows last month's issue composed from fictional sample
 * data (marked as such), so a newcomer sees what an issue looks like.
 */
export async function ensureSampleIssue(storage: Storage, now: Date): Promise<void> {
  if (await storage.newsletter.hasAnyIssue()) return;
  const month = previousMonth(now);
  await storage.db.transaction().execute(async (trx) => {
    for (const language of LANGUAGES as readonly Language[]) {
      await storage.newsletter.saveIssue(trx, composeNewsletter({ month, language, now, sources: sampleNewsletterSources(language) }));
    }
  });
}
