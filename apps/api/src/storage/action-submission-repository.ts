import type { Kysely } from 'kysely';
import { actorId, decodeCursor, encodeCursor, type ActionSubmissionState, type SubmittedAction } from '@ngo-liaison/core';
import { holdsNul } from './nul-free.js';
import type { Database } from './schema.js';

const LIST = 'action-submissions';

/** What a reader may list: 'all' (the Secretariat) or core's actionSubmissionReadScope. */
export type ActionSubmissionScope = 'all' | { programmes: readonly string[]; actors: readonly string[] /* "organization:x" | "field-office:y" */ };

export interface ActionSubmissionListQuery {
  scope: ActionSubmissionScope;
  state: ActionSubmissionState;
  programme?: string | undefined;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Actions as submitted (migration 0010), read from the database on every request. A submission
 * is never public: only once published is its action written to `actions` (ProgrammeRepository),
 * the table every public read serves.
 */
export class ActionSubmissionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<SubmittedAction | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('action_submissions').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as SubmittedAction) : undefined;
  }

  /** A page, newest first; the cursor is the last row's position. */
  async list({ scope, state, programme, organization, limit, cursor }: ActionSubmissionListQuery): Promise<{ items: SubmittedAction[]; nextCursor: string | null }> {
    if ((scope !== 'all' && !scope.programmes.length && !scope.actors.length) || holdsNul(programme, organization)) return { items: [], nextCursor: null };
    let query = this.#db.selectFrom('action_submissions').select(['seq', 'data']).where('state', '=', state);
    if (scope !== 'all') {
      const actors = scope.actors.map((key) => ({ kind: key.slice(0, key.indexOf(':')), id: key.slice(key.indexOf(':') + 1) }));
      query = query.where((eb) =>
        eb.or([
          ...(scope.programmes.length ? [eb('programme_id', 'in', [...scope.programmes])] : []),
          ...actors.map(({ kind, id }) => eb.and([eb('actor_kind', '=', kind), eb('actor_id', '=', id)])),
        ])
      );
    }
    if (programme !== undefined) query = query.where('programme_id', '=', programme);
    if (organization !== undefined) query = query.where('actor_kind', '=', 'organization').where('actor_id', '=', organization);
    if (cursor !== undefined) query = query.where('seq', '<', Number(decodeCursor(cursor, LIST, 1)[0]));
    const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => JSON.parse(row.data) as SubmittedAction),
      nextCursor: rows.length > limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
    };
  }

  async insert(db: Kysely<Database>, submission: SubmittedAction): Promise<void> {
    const { action } = submission;
    await db
      .insertInto('action_submissions')
      .values({
        id: action.id,
        state: submission.state,
        programme_id: action.programme,
        actor_kind: action.actor.kind,
        actor_id: actorId(action.actor),
        submitted_at: submission.submittedAt,
        data: JSON.stringify(submission),
      })
      .execute();
  }

  /**
   * Writes `submission` over the stored one if the stored one is still `fromState` (two focal
   * points deciding the same submission: one wins). Resolves to whether it wrote.
   */
  async replace(db: Kysely<Database>, submission: SubmittedAction, fromState: ActionSubmissionState): Promise<boolean> {
    const result = await db
      .updateTable('action_submissions')
      .set({ state: submission.state, data: JSON.stringify(submission) })
      .where('id', '=', submission.action.id)
      .where('state', '=', fromState)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
