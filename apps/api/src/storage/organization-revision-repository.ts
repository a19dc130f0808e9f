import type { Kysely } from 'kysely';
import { encodeCursor, decodeCursor, type OrganizationRevision, type RevisionState } from '@ngo-liaison/core';
import type { Database } from './schema.js';

const LIST = 'revisions';

export interface RevisionListQuery {
  /** 'all' (the Secretariat) or the organisations the reader edits (core's revisionReadScope). */
  scope: 'all' | readonly string[];
  state: RevisionState;
  organization?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Editors' proposed changes (migration 0009), read from the database on every request: a
 * pending revision is never in the organisations index, so public reads, search, facets,
 * exports and matching cannot see it.
 */
export class OrganizationRevisionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<OrganizationRevision | undefined> {
    const row = await db.selectFrom('organization_revisions').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as OrganizationRevision) : undefined;
  }

  /** A page, newest first; the cursor is the last row's position. */
  async list({ scope, state, organization, limit, cursor }: RevisionListQuery): Promise<{ items: OrganizationRevision[]; nextCursor: string | null }> {
    if (scope !== 'all' && scope.length === 0) return { items: [], nextCursor: null };
    let query = this.#db.selectFrom('organization_revisions').select(['seq', 'data']).where('state', '=', state);
    if (scope !== 'all') query = query.where('organization_id', 'in', [...scope]);
    if (organization !== undefined) query = query.where('organization_id', '=', organization);
    if (cursor !== undefined) query = query.where('seq', '<', Number(decodeCursor(cursor, LIST, 1)[0]));
    const rows = await query.orderBy('seq', 'desc').limit(limit + 1).execute();
    const page = rows.slice(0, limit);
    return {
      items: page.map((row) => JSON.parse(row.data) as OrganizationRevision),
      nextCursor: rows.length > limit ? encodeCursor(LIST, [Number(page.at(-1)!.seq)]) : null,
    };
  }

  /** Every revision of organisation `id` (contact erasure rewrites them all). */
  async ofOrganization(id: string, db: Kysely<Database>): Promise<OrganizationRevision[]> {
    const rows = await db.selectFrom('organization_revisions').select('data').where('organization_id', '=', id).orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.data) as OrganizationRevision);
  }

  async insert(db: Kysely<Database>, revision: OrganizationRevision): Promise<void> {
    await db
      .insertInto('organization_revisions')
      .values({ id: revision.id, organization_id: revision.organizationId, state: revision.state, submitted_at: revision.submittedAt, data: JSON.stringify(revision) })
      .execute();
  }

  /**
   * Writes `revision` over the stored one; when `fromState` is given, only if the stored one is
   * still in it (two people deciding the same revision: one wins). Resolves to whether it wrote.
   */
  async replace(db: Kysely<Database>, revision: OrganizationRevision, fromState?: RevisionState): Promise<boolean> {
    let query = db.updateTable('organization_revisions').set({ state: revision.state, data: JSON.stringify(revision) }).where('id', '=', revision.id);
    if (fromState) query = query.where('state', '=', fromState);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
