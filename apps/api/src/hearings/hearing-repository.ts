import type { Kysely, SelectQueryBuilder } from 'kysely';
import { decodeCursor, encodeCursor, type Hearing, type HearingState } from '@ngo-liaison/core';
import { holdsNul } from '../storage/nul-free.js';
import type { Database } from '../storage/schema.js';

const LIST = 'hearings';

export interface HearingFilter {
  /** 'all' (the Secretariat) or the organisations the reader edits (core's hearingReadScope). */
  scope: 'all' | readonly string[];
  session?: string | undefined;
  state?: HearingState | undefined;
  organization?: string | undefined;
}

/** NGO hearing requests (migration 0015): reads are limited to the reader's scope in SQL. */
export class HearingRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<Hearing | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('hearings').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Hearing) : undefined;
  }

  /** A page, newest first. */
  async list(filter: HearingFilter & { limit: number; cursor?: string | undefined }): Promise<{ items: Hearing[]; nextCursor: string | null }> {
    let query = this.#filtered(filter);
    if (!query) return { items: [], nextCursor: null };
    if (filter.cursor !== undefined) query = query.where('seq', '<', Number(decodeCursor(filter.cursor, LIST, 1)[0]));
    const rows = await query.select(['seq', 'data']).orderBy('seq', 'desc').limit(filter.limit + 1).execute();
    const page = rows.slice(0, filter.limit);
    return {
      items: page.map((row) => JSON.parse(row.data) as Hearing),
      nextCursor: rows.length > filter.limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
    };
  }

  /** A session's accepted hearings in the order of their slots (its public programme). */
  async accepted(session: string): Promise<Hearing[]> {
    if (holdsNul(session)) return [];
    const rows = await this.#db
      .selectFrom('hearings')
      .select('data')
      .where('session_id', '=', session)
      .where('state', '=', 'accepted')
      .orderBy('slot_start')
      .orderBy('seq')
      .execute();
    return rows.map((row) => JSON.parse(row.data) as Hearing);
  }

  #filtered({ scope, session, state, organization }: HearingFilter): SelectQueryBuilder<Database, 'hearings', object> | undefined {
    if (scope !== 'all' && !scope.length) return undefined;
    if (holdsNul(session, organization)) return undefined;
    let query = this.#db.selectFrom('hearings');
    if (scope !== 'all') query = query.where('organization_id', 'in', [...scope]);
    if (session !== undefined) query = query.where('session_id', '=', session);
    if (state !== undefined) query = query.where('state', '=', state);
    if (organization !== undefined) query = query.where('organization_id', '=', organization);
    return query;
  }

  async insert(db: Kysely<Database>, hearing: Hearing): Promise<void> {
    await db
      .insertInto('hearings')
      .values({
        id: hearing.id,
        session_id: hearing.session,
        organization_id: hearing.organization,
        state: hearing.state,
        slot_start: hearing.slot?.start ?? null,
        requested_at: hearing.requestedAt,
        data: JSON.stringify(hearing),
      })
      .execute();
  }

  /** Writes `hearing` over the stored one if that is still `fromState` (two deciders at once: one wins). */
  async replace(db: Kysely<Database>, hearing: Hearing, fromState: HearingState): Promise<boolean> {
    const result = await db
      .updateTable('hearings')
      .set({ state: hearing.state, slot_start: hearing.slot?.start ?? null, data: JSON.stringify(hearing) })
      .where('id', '=', hearing.id)
      .where('state', '=', fromState)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
