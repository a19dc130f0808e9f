import { sql, type Kysely } from 'kysely';
import { orderRegistrations, partyKey, type ForumParty, type ForumPhase, type ForumPhaseRole, type ForumTheme, type ForumThemeChoice, type ForumThemeSupport, type PhaseRegistration } from '@ngo-liaison/core';
import { holdsNul } from '../storage/nul-free.js';
import type { DatabaseKind } from '../storage/database-kind.js';
import type { Database } from '../storage/schema.js';

/**
 * Forum themes, supports, choices and phase registrations (migration 0017). Reads take the
 * transaction's connection when a write decides on them (`db`), so a decision sees what it commits over.
 */
export class ForumThemeRepository {
  readonly #db: Kysely<Database>;
  readonly #kind: DatabaseKind;

  constructor(db: Kysely<Database>, kind: DatabaseKind = 'sqlite') {
    this.#db = db;
    this.#kind = kind;
  }

  /**
   * Takes the event's lock for the rest of the transaction `db`, before the write reads the choice
   * or the themes it decides on. Proposals, supports and the choice of one event then commit one
   * after the other: a proposal that read "no choice yet" commits before the choice reads the
   * themes (so the choice sees it and its proposer hears of it), or waits and then reads the
   * choice and is refused. Supports and choices have keys; a proposal has none that could collide.
   * PostgreSQL: a transaction-level advisory lock keyed by the event (read committed, so the reads
   * after it see what the other transaction committed). SQLite needs none: its write
   * transactions begin IMMEDIATE (sqlite-immediate-dialect.ts) and so run one after the other.
   */
  async lockEvent(db: Kysely<Database>, event: string): Promise<void> {
    if (this.#kind !== 'postgres') return;
    await sql`select pg_advisory_xact_lock(hashtext('liaison_forum_themes'), hashtext(${event}))`.execute(db);
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<ForumTheme | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('forum_themes').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as ForumTheme) : undefined;
  }

  /** An event's themes in the order they were proposed. */
  async themesOf(event: string, db: Kysely<Database> = this.#db): Promise<ForumTheme[]> {
    if (holdsNul(event)) return [];
    const rows = await db.selectFrom('forum_themes').select('data').where('event_id', '=', event).orderBy('proposed_at').orderBy('id').execute();
    return rows.map((row) => JSON.parse(row.data) as ForumTheme);
  }

  async supportsOf(event: string, db: Kysely<Database> = this.#db): Promise<ForumThemeSupport[]> {
    if (holdsNul(event)) return [];
    const rows = await db.selectFrom('forum_theme_supports').selectAll().where('event_id', '=', event).orderBy('supported_at').orderBy('supporter_key').execute();
    return rows.map((row) => ({ theme: row.theme_id, supporter: JSON.parse(row.supporter) as ForumParty, at: row.supported_at }));
  }

  async choiceOf(event: string, db: Kysely<Database> = this.#db): Promise<ForumThemeChoice | undefined> {
    if (holdsNul(event)) return undefined;
    const row = await db.selectFrom('forum_theme_choices').select('data').where('event_id', '=', event).executeTakeFirst();
    return row ? (JSON.parse(row.data) as ForumThemeChoice) : undefined;
  }

  async insertTheme(db: Kysely<Database>, theme: ForumTheme): Promise<void> {
    await db
      .insertInto('forum_themes')
      .values({ id: theme.id, event_id: theme.event, proposer_key: partyKey(theme.proposer), proposed_at: theme.proposedAt, data: JSON.stringify(theme) })
      .execute();
  }

  /** A second support of the same party fails on the primary key (the route answers 409). */
  async insertSupport(db: Kysely<Database>, event: string, support: ForumThemeSupport): Promise<void> {
    await db
      .insertInto('forum_theme_supports')
      .values({ theme_id: support.theme, supporter_key: partyKey(support.supporter), event_id: event, supporter: JSON.stringify(support.supporter), supported_at: support.at })
      .execute();
  }

  async deleteSupport(db: Kysely<Database>, theme: string, supporter: ForumParty): Promise<boolean> {
    const result = await db.deleteFrom('forum_theme_supports').where('theme_id', '=', theme).where('supporter_key', '=', partyKey(supporter)).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }

  /** A second choice for the event fails on the primary key (the route answers 409). */
  async insertChoice(db: Kysely<Database>, choice: ForumThemeChoice): Promise<void> {
    await db.insertInto('forum_theme_choices').values({ event_id: choice.event, theme_id: choice.theme, chosen_at: choice.chosenAt, data: JSON.stringify(choice) }).execute();
  }

  /** An event's registrations: phases in lifecycle order, then country. */
  async registrationsOf(event: string, db: Kysely<Database> = this.#db): Promise<PhaseRegistration[]> {
    if (holdsNul(event)) return [];
    const rows = await db.selectFrom('forum_phase_registrations').selectAll().where('event_id', '=', event).execute();
    return orderRegistrations(
      rows.map((row) => ({ event: row.event_id, country: row.country, phase: row.phase as ForumPhase, role: row.role as ForumPhaseRole, registeredAt: row.registered_at, updatedAt: row.updated_at })),
    );
  }

  async saveRegistration(db: Kysely<Database>, registration: PhaseRegistration, created: boolean): Promise<void> {
    if (created) {
      await db
        .insertInto('forum_phase_registrations')
        .values({ event_id: registration.event, country: registration.country, phase: registration.phase, role: registration.role, registered_at: registration.registeredAt, updated_at: registration.updatedAt })
        .execute();
      return;
    }
    await db
      .updateTable('forum_phase_registrations')
      .set({ role: registration.role, updated_at: registration.updatedAt })
      .where('event_id', '=', registration.event)
      .where('country', '=', registration.country)
      .where('phase', '=', registration.phase)
      .execute();
  }

  async deleteRegistration(db: Kysely<Database>, registration: Pick<PhaseRegistration, 'event' | 'country' | 'phase'>): Promise<boolean> {
    const result = await db
      .deleteFrom('forum_phase_registrations')
      .where('event_id', '=', registration.event)
      .where('country', '=', registration.country)
      .where('phase', '=', registration.phase)
      .executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  }
}
