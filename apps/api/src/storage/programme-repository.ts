import type { Kysely } from 'kysely';
import { actorId, normalizeText, type Action, type FocalPoint, type Programme } from '@ngo-liaison/core';
import type { ChangeFeed } from './change-feed.js';
import { DataSnapshot } from './data-snapshot.js';
import type { Database } from './schema.js';

/** Programmes, actions and focal points as read at one moment, with a revision of that data. */
export interface ProgrammeSnapshot {
  programmes: Programme[];
  actions: Action[];
  focalPoints: FocalPoint[];
  /** The three tables' last changes in the log: equal revisions, equal data. */
  revision: string;
}

export interface ProgrammeSeed {
  programmes: readonly Programme[];
  actions: readonly Action[];
  focalPoints: readonly FocalPoint[];
}

/**
 * Storage of programmes, actions and focal points. They are few (hundreds to thousands)
 * and every list filters them by coverage rules that live in core, so they are read whole
 * into a snapshot, filtered and paged in memory by the same functions as the msw handlers,
 * and re-read when the change feed says one of the tables changed. Indexed columns sit beside the JSON for later SQL-side filters.
 */
export class ProgrammeRepository {
  readonly #db: Kysely<Database>;
  readonly #feed: ChangeFeed;
  readonly #snapshot: DataSnapshot<ProgrammeSnapshot>;

  constructor(db: Kysely<Database>, feed: ChangeFeed) {
    this.#db = db;
    this.#feed = feed;
    this.#snapshot = new DataSnapshot(feed, ['programmes', 'actions', 'focal_points'], () => this.#read());
  }

  snapshot(): Promise<ProgrammeSnapshot> {
    return this.#snapshot.get();
  }

  async #read(): Promise<ProgrammeSnapshot> {
    const revision = this.#feed.revision(this.#snapshot.tables);
    const [programmes, actions, focalPoints] = await Promise.all([
      this.#db.selectFrom('programmes').select('data').orderBy('id').execute(),
      this.#db.selectFrom('actions').select('data').orderBy('id').execute(),
      this.#db.selectFrom('focal_points').select('data').orderBy('id').execute(),
    ]);
    return {
      programmes: programmes.map((r) => JSON.parse(r.data) as Programme),
      actions: actions.map((r) => JSON.parse(r.data) as Action),
      focalPoints: focalPoints.map((r) => JSON.parse(r.data) as FocalPoint),
      revision,
    };
  }

  async count(): Promise<number> {
    const row = await this.#db
      .selectFrom('programmes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Writes a published action in the caller's transaction (the change log tells every node,
   * so the action list, programme and profile pages and the matching's track record show it).
   */
  async insertAction(db: Kysely<Database>, a: Action): Promise<void> {
    await db
      .insertInto('actions')
      .values({
        id: a.id,
        actor_kind: a.actor.kind,
        actor_id: actorId(a.actor),
        programme_id: a.programme,
        start_date: a.period.start,
        end_date: a.period.end ?? null,
        data: JSON.stringify(a),
      })
      .execute();
  }

  /** Inserts all three collections or nothing: one transaction. */
  async insertAll({ programmes, actions, focalPoints }: ProgrammeSeed): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const p of programmes) {
        await trx
          .insertInto('programmes')
          .values({ id: p.id, sort_title: normalizeText(p.title.en), sector: p.sector, data: JSON.stringify(p) })
          .execute();
      }
      for (const a of actions) await this.insertAction(trx, a);
      for (const f of focalPoints) {
        const scope = f.scope.kind === 'sector' ? f.scope.sector : f.scope.kind === 'field-office' ? f.scope.fieldOffice : f.scope.programme;
        await trx
          .insertInto('focal_points')
          .values({ id: f.id, scope_kind: f.scope.kind, scope_value: scope, data: JSON.stringify(f) })
          .execute();
      }
    });
    await this.#feed.poll(); // served by this node as soon as the call returns
  }
}
