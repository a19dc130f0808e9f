import type { Kysely, SelectQueryBuilder } from 'kysely';
import { decodeCursor, encodeCursor, type Feedback, type FeedbackState } from '@ngo-liaison/core';
import { holdsNul } from './nul-free.js';
import type { Database } from './schema.js';

const LIST = 'feedback';

/** What a reader may read: 'all' (the Secretariat) or core's feedbackReadScope. */
export type FeedbackScope = 'all' | { sectors: readonly string[]; fieldOffices: readonly string[]; organizations: readonly string[] };

export interface FeedbackFilter {
  scope: FeedbackScope;
  programme?: string | undefined;
  country?: string | undefined;
  sector?: string | undefined;
  state?: FeedbackState | undefined;
  organization?: string | undefined;
}

/**
 * NGOs' feedback to sectors (migration 0010), never public: every read is limited to the
 * reader's scope in SQL, so what a reader may not read is not even fetched.
 */
export class FeedbackRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<Feedback | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('feedback').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Feedback) : undefined;
  }

  /** A page, newest first; the cursor is the last row's position. */
  async list(filter: FeedbackFilter & { limit: number; cursor?: string | undefined }): Promise<{ items: Feedback[]; nextCursor: string | null }> {
    let query = this.#filtered(filter);
    if (!query) return { items: [], nextCursor: null };
    if (filter.cursor !== undefined) query = query.where('seq', '<', Number(decodeCursor(filter.cursor, LIST, 1)[0]));
    const rows = await query.select(['seq', 'data']).orderBy('seq', 'desc').limit(filter.limit + 1).execute();
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((row) => JSON.parse(row.data) as Feedback),
      nextCursor: rows.length > filter.limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
    };
  }

  /** Every feedback the filter selects (the summary counts them in core). */
  async all(filter: FeedbackFilter): Promise<Feedback[]> {
    const query = this.#filtered(filter);
    if (!query) return [];
    return (await query.select('data').orderBy('seq').execute()).map((row) => JSON.parse(row.data) as Feedback);
  }

  #filtered({ scope, programme, country, sector, state, organization }: FeedbackFilter): SelectQueryBuilder<Database, 'feedback', object> | undefined {
    if (scope !== 'all' && !scope.sectors.length && !scope.fieldOffices.length && !scope.organizations.length) return undefined;
    if (holdsNul(programme, country, sector, organization)) return undefined;
    let query = this.#db.selectFrom('feedback');
    if (scope !== 'all') {
      query = query.where((eb) =>
        eb.or([
          ...(scope.sectors.length ? [eb('sector', 'in', [...scope.sectors])] : []),
          ...(scope.fieldOffices.length ? [eb('field_office', 'in', [...scope.fieldOffices])] : []),
          ...(scope.organizations.length ? [eb('organization_id', 'in', [...scope.organizations])] : []),
        ])
      );
    }
    if (programme !== undefined) query = query.where('programme_id', '=', programme);
    if (country !== undefined) query = query.where('country', '=', country);
    if (sector !== undefined) query = query.where('sector', '=', sector);
    if (state !== undefined) query = query.where('state', '=', state);
    if (organization !== undefined) query = query.where('organization_id', '=', organization);
    return query;
  }

  async insert(db: Kysely<Database>, feedback: Feedback): Promise<void> {
    await db
      .insertInto('feedback')
      .values({
        id: feedback.id,
        sector: feedback.sector,
        programme_id: feedback.programme,
        organization_id: feedback.organization,
        country: feedback.country ?? null,
        field_office: feedback.fieldOffice ?? null,
        state: feedback.state,
        sent_at: feedback.sentAt,
        data: JSON.stringify(feedback),
      })
      .execute();
  }

  /** Writes `feedback` over the stored one if that is still `fromState` (two people deciding at once: one wins). */
  async replace(db: Kysely<Database>, feedback: Feedback, fromState: FeedbackState): Promise<boolean> {
    const result = await db
      .updateTable('feedback')
      .set({ state: feedback.state, data: JSON.stringify(feedback) })
      .where('id', '=', feedback.id)
      .where('state', '=', fromState)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
