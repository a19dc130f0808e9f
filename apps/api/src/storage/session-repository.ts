import type { Kysely } from 'kysely';
import type { GoverningBodySession } from '@ngo-liaison/core';
import type { ChangeFeed } from './change-feed.js';
import { DataSnapshot } from './data-snapshot.js';
import type { Database, SessionsTable } from './schema.js';

/** The sessions as read at one moment, with a revision of that data. */
export interface SessionSnapshot {
  sessions: GoverningBodySession[];
  byId: ReadonlyMap<string, GoverningBodySession>;
  /** The table's last change in the log: equal revisions, equal data. */
  revision: string;
}

/**
 * Storage of governing-body sessions. They are few (about three a year), so a request reads
 * them whole from a snapshot and core pages them (pageSessions), as the msw handlers do. The
 * snapshot is re-read when the change feed says the table changed, so a request never
 * queries the database.
 */
export class SessionRepository {
  readonly #db: Kysely<Database>;
  readonly #feed: ChangeFeed;
  readonly #snapshot: DataSnapshot<SessionSnapshot>;

  constructor(db: Kysely<Database>, feed: ChangeFeed) {
    this.#db = db;
    this.#feed = feed;
    this.#snapshot = new DataSnapshot(feed, ['sessions'], () => this.#read());
  }

  snapshot(): Promise<SessionSnapshot> {
    return this.#snapshot.get();
  }

  async #read(): Promise<SessionSnapshot> {
    const revision = this.#feed.revision(['sessions']);
    const rows = await this.#db.selectFrom('sessions').select('data').orderBy('id').execute();
    const sessions = rows.map((row) => JSON.parse(row.data) as GoverningBodySession);
    return { sessions, byId: new Map(sessions.map((session) => [session.id, session])), revision };
  }

  #row(session: GoverningBodySession): Omit<SessionsTable, 'created_at'> {
    return {
      id: session.id,
      body: session.body,
      start_date: session.dates?.start ?? null,
      end_date: session.dates?.end ?? null,
      parent_id: session.parentSessionId ?? null,
      data: JSON.stringify(session),
    };
  }

  /**
   * Writes validated sessions in one transaction: new ones inserted, changed ones replaced
   * (the fictional ones move with the month), unchanged ones left alone. All or nothing.
   */
  async upsertAll(sessions: readonly GoverningBodySession[]): Promise<{ inserted: number; updated: number; unchanged: number }> {
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    await this.#db.transaction().execute(async (trx) => {
      for (const session of sessions) {
        const row = this.#row(session);
        const existing = await trx.selectFrom('sessions').select('data').where('id', '=', session.id).executeTakeFirst();
        if (existing?.data === row.data) {
          counts.unchanged++;
        } else if (existing) {
          await trx.updateTable('sessions').set(row).where('id', '=', session.id).execute();
          counts.updated++;
        } else {
          await trx.insertInto('sessions').values(row).execute();
          counts.inserted++;
        }
      }
    });
    await this.#feed.poll(); // served by this node as soon as the call returns
    return counts;
  }
}
