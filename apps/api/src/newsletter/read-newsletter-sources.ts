import type { Kysely } from 'kysely';
import type { Language, NewsletterItem, NewsletterSources } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';

/** The first day of the month after `month` and of the one after that (the window of "upcoming"). */
function followingMonthWindow(month: string): { from: string; to: string } {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year, number, 1));
  const to = new Date(Date.UTC(year, number + 1, 1));
  return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
}

function localized(text: unknown, language: Language): string | undefined {
  if (typeof text !== 'object' || text === null) return undefined;
  const record = text as Partial<Record<string, string>>;
  return record[language] ?? record.en ?? record.fr;
}

/**
 * What the month's issue can tell, read from the data. Today: the events of the following
 * month (the forum calendar, hearings included once they are written there). The other
 * sections stay empty here until their data carries a month: partners (a partnership entry
 * holds only a year, and no real organisation is called new on a guess), published actions,
 * recommendations and their follow-up, and consultations (no consultations table in this
 * branch). The sample issue shows every section from fictional data.
 */
export async function readNewsletterSources(db: Kysely<Database>, month: string, language: Language): Promise<NewsletterSources> {
  const { from, to } = followingMonthWindow(month);
  const rows = await db
    .selectFrom('events')
    .select(['id', 'data', 'sort_start'])
    .where('sort_start', '>=', from)
    .where('sort_start', '<', to)
    .orderBy('sort_start')
    .orderBy('id')
    .limit(50)
    .execute();
  const events: NewsletterItem[] = rows.flatMap((row) => {
    const data = JSON.parse(row.data) as { title?: unknown };
    const title = localized(data.title, language);
    return title === undefined ? [] : [{ id: row.id, title, detail: row.sort_start.slice(0, 10) }];
  });
  return {
    'new-partners': [],
    'renewed-partners': [],
    actions: [],
    events,
    recommendations: [],
    consultations: [],
    'consultation-results': [],
  };
}
