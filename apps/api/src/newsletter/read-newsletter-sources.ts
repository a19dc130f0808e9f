import type { Kysely } from 'kysely';
import {
  consultationNewsletterItems,
  monthWindow,
  recommendationNewsletterItems,
  type Consultation,
  type Language,
  type NewsletterItem,
  type NewsletterSources,
  type Recommendation,
} from '@ngo-liaison/core';
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
 * What the month's issue can tell, read from the data: the events of the following month (the
 * forum calendar, accepted hearings included), the recommendations recorded in the month,
 * the consultations still open when it goes out and the results published in it (core decides
 * which, public audiences only). Partners and published actions stay empty until their data
 * carries a month: a partnership entry holds only a year, and no real organisation is called
 * new on a guess. The sample issue shows every section from fictional data.
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
  const window = monthWindow(month);
  const recorded = await db
    .selectFrom('recommendations')
    .select('data')
    .where('recorded_at', '>=', new Date(window.start).toISOString())
    .where('recorded_at', '<', new Date(window.end).toISOString())
    .limit(200)
    .execute();
  // Consultations are few and their instants carry offsets (not comparable as text): core filters.
  const consultations = await db.selectFrom('consultations').select('data').orderBy('opens_at', 'desc').limit(500).execute();
  const consulted = consultationNewsletterItems(
    consultations.map((row) => JSON.parse(row.data) as Consultation),
    month,
    language,
  );
  return {
    'new-partners': [],
    'renewed-partners': [],
    actions: [],
    events,
    recommendations: recommendationNewsletterItems(recorded.map((row) => JSON.parse(row.data) as Recommendation), month, language),
    ...consulted,
  };
}
