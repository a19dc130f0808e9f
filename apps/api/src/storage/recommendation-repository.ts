import type { Kysely } from 'kysely';
import type { Recommendation } from '@ngo-liaison/core';
import { holdsNul } from './nul-free.js';
import type { Database } from './schema.js';

/**
 * Recommendations and their follow-ups (migration 0010), read from the database on every
 * request. They are few (tens a year): lists are filtered in core (filterRecommendations, over
 * what the reader may see), so the whole table is read, newest first.
 */
export class RecommendationRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<Recommendation | undefined> {
    return (await this.stored(id, db))?.recommendation;
  }

  /** The recommendation and its row as stored (what replace() compares with). */
  async stored(id: string, db: Kysely<Database> = this.#db): Promise<{ recommendation: Recommendation; data: string } | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('recommendations').select('data').where('id', '=', id).executeTakeFirst();
    return row ? { recommendation: JSON.parse(row.data) as Recommendation, data: row.data } : undefined;
  }

  /** Every recommendation, newest first, with its position (the list's cursor). */
  async all(): Promise<{ seq: number; recommendation: Recommendation }[]> {
    const rows = await this.#db.selectFrom('recommendations').select(['seq', 'data']).orderBy('seq', 'desc').execute();
    return rows.map((row) => ({ seq: Number(row.seq), recommendation: JSON.parse(row.data) as Recommendation }));
  }

  async insert(db: Kysely<Database>, recommendation: Recommendation): Promise<void> {
    await db
      .insertInto('recommendations')
      .values({ id: recommendation.id, event_id: recommendation.event, recorded_at: recommendation.recordedAt, data: JSON.stringify(recommendation) })
      .execute();
  }

  /**
   * Writes `recommendation` over the stored row if that is still `expectedData` (two addressees
   * following up at once, on PostgreSQL: the second finds the row changed and is told to send
   * again, rather than overwriting the first's follow-up). Resolves to whether it wrote.
   */
  async replace(db: Kysely<Database>, recommendation: Recommendation, expectedData: string): Promise<boolean> {
    const result = await db
      .updateTable('recommendations')
      .set({ data: JSON.stringify(recommendation) })
      .where('id', '=', recommendation.id)
      .where('data', '=', expectedData)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
