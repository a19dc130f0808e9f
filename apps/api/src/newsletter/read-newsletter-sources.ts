import type { Kysely } from 'kysely';
import {
  REGION_NAMES,
  actionNewsletterItems,
  consultationNewsletterItems,
  monthWindow,
  partnerNewsletterItems,
  pickText,
  recommendationNewsletterItems,
  regionIndex,
  type Consultation,
  type Language,
  type NewsletterItem,
  type NewsletterSources,
  type Organization,
  type PartnershipDecision,
  type Recommendation,
  type SubmittedAction,
} from '@ngo-liaison/core';
import { COUNTRIES, FIELD_OFFICES, SECTORS } from '@ngo-liaison/core/reference';
import type { Database } from '../storage/schema.js';

const regionOf = regionIndex(COUNTRIES);

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
 * What the month's issue can tell, read from the data: the admissions and renewals decided in the
 * month (as the Secretariat recorded them, with reference and evidence), the actions published in
 * it by sector and region, the events of the following month (the forum calendar, accepted
 * hearings included), the recommendations recorded in the month, the consultations still open
 * when it goes out and the results published in it (core decides which, public audiences only).
 * An organisation is never called new on a guess: only a recorded decision dated in the month
 * does. The sample issue shows every section from fictional data.
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
    ...(await partnersDecidedIn(db, month, language)),
    actions: await actionsPublishedIn(db, month, language),
    events,
    recommendations: recommendationNewsletterItems(recorded.map((row) => JSON.parse(row.data) as Recommendation), month, language),
    ...consulted,
  };
}

/** Admissions and renewals dated in the month, with the organisation's name in `language`. */
async function partnersDecidedIn(db: Kysely<Database>, month: string, language: Language): Promise<Pick<NewsletterSources, 'new-partners' | 'renewed-partners'>> {
  const rows = await db
    .selectFrom('partnership_decisions as d')
    .innerJoin('organizations as o', 'o.id', 'd.organization_id')
    .select(['d.data as decision', 'o.data as organization'])
    .where('d.decided_on', '>=', `${month}-01`)
    .where('d.decided_on', '<', followingMonthWindow(month).from)
    .orderBy('d.decided_on')
    .limit(200)
    .execute();
  return partnerNewsletterItems(
    rows.map((row) => {
      const organization = JSON.parse(row.organization) as Organization;
      return { decision: JSON.parse(row.decision) as PartnershipDecision, name: pickText(organization.name, language) || organization.id };
    }),
    month,
  );
}

/** The actions published in the month (the 500 last submissions published), named in `language`. */
async function actionsPublishedIn(db: Kysely<Database>, month: string, language: Language): Promise<NewsletterItem[]> {
  const rows = await db.selectFrom('action_submissions').select('data').where('state', '=', 'published').orderBy('seq', 'desc').limit(500).execute();
  const submissions = rows.map((row) => JSON.parse(row.data) as SubmittedAction);
  const organizationIds = [...new Set(submissions.flatMap(({ action }) => (action.actor.kind === 'organization' ? [action.actor.organization] : [])))];
  const programmeIds = [...new Set(submissions.map(({ action }) => action.programme))];
  const organizations = organizationIds.length ? await db.selectFrom('organizations').select(['id', 'data']).where('id', 'in', organizationIds).execute() : [];
  const programmes = programmeIds.length ? await db.selectFrom('programmes').select(['id', 'sector']).where('id', 'in', programmeIds).execute() : [];
  const organizationNames = new Map(organizations.map((row) => [row.id, pickText((JSON.parse(row.data) as Organization).name, language)]));
  const sectorOf = new Map(programmes.map((row) => [row.id, row.sector]));
  const day = `${month}-01`;
  return actionNewsletterItems(submissions, month, language, {
    actor: ({ actor }) =>
      actor.kind === 'organization'
        ? organizationNames.get(actor.organization) || actor.organization
        : pickText(FIELD_OFFICES.find((office) => office.code === actor.fieldOffice)?.name, language) || actor.fieldOffice,
    sector: (programme) => {
      const sector = SECTORS.find((candidate) => candidate.code === sectorOf.get(programme));
      return sector ? pickText(sector.name, language) : undefined;
    },
    regions: (countries) => countries.flatMap((code) => {
      const region = regionOf(code, day);
      return region ? [REGION_NAMES[region][language]] : [];
    }),
  });
}
