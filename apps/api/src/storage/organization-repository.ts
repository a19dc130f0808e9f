import { sql, type Kysely } from 'kysely';
import {
  decodeCursor,
  encodeCursor,
  organizationSortKey,
  type Organization,
  type Page,
} from '@ngo-liaison/core';
import type { Database } from './schema.js';

/** Storage of organisations; the same code runs on SQLite and (later) PostgreSQL. */
export class OrganizationRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A page in name order. Throws InvalidCursorError (from core) on a cursor it did not make. */
  async list({ limit, cursor }: { limit: number; cursor?: string | undefined }): Promise<Page<Organization>> {
    let query = this.db.selectFrom('organizations').select(['id', 'sort_name', 'data']);
    if (cursor) {
      const [name, id] = decodeCursor(cursor, 2).map(String) as [string, string];
      query = query.where((eb) =>
        eb.or([eb('sort_name', '>', name), eb.and([eb('sort_name', '=', name), eb('id', '>', id)])]),
      );
    }
    // One extra row tells whether there is a next page without a second query.
    const rows = await query.orderBy('sort_name').orderBy('id').limit(limit + 1).execute();
    const pageRows = rows.slice(0, limit);
    const last = pageRows.at(-1);
    return {
      items: pageRows.map((row) => JSON.parse(row.data) as Organization),
      nextCursor: rows.length > limit && last ? encodeCursor([last.sort_name, last.id]) : null,
      total: await this.count(),
    };
  }

  async get(id: string): Promise<Organization | undefined> {
    const row = await this.db.selectFrom('organizations').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Organization) : undefined;
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Inserts all or nothing: one transaction, so a failure leaves the table as it was. */
  async insertAll(organizations: readonly Organization[]): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      for (const org of organizations) {
        await trx
          .insertInto('organizations')
          .values({ id: org.id, sort_name: organizationSortKey(org)[0], data: JSON.stringify(org) })
          .execute();
      }
    });
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }
}
