import { sql, type Kysely } from 'kysely';
import { organizationSortKey, type Organization } from '@ngo-liaison/core';
import type { DatabaseKind } from './database-kind.js';
import type { Database } from './schema.js';

/** Every stored organisation by id, as the import plans against it. */
export async function storedOrganizations(db: Kysely<Database>): Promise<Map<string, Organization>> {
  const rows = await db.selectFrom('organizations').select(['id', 'data']).execute();
  return new Map(rows.map((row) => [row.id, JSON.parse(row.data) as Organization]));
}

/** Rows per statement: a round trip per 200 records, far below the databases' parameter limits. */
const BATCH = 200;

/** A stored organisation changed after the import file was checked against it. */
export class ConcurrentChangeError extends Error {
  override readonly name = 'ConcurrentChangeError';
}

/**
 * Inserts and updates organisations in one transaction: all of them or, on any failure or a
 * killed process, none (the database rolls back an uncommitted transaction). Updates are
 * checked against `expected` (what the plan read) inside the transaction, so a record changed
 * meanwhile by someone else is not overwritten: the import fails and changes nothing. On
 * PostgreSQL the table is locked against other writers (readers go on) for the duration; on
 * SQLite the file has one writer at a time, and a write after a concurrent commit fails.
 * `progress` is told after each batch (the first one is written).
 */
export async function importOrganizations(
  db: Kysely<Database>,
  kind: DatabaseKind,
  { records, expected }: { records: readonly Organization[]; expected: ReadonlyMap<string, Organization> },
  progress: (written: number, total: number) => void,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (kind === 'postgres') await sql`lock table organizations in share row exclusive mode`.execute(trx);
    const now = await storedOrganizations(trx);
    for (const record of records) {
      const before = expected.get(record.id);
      const current = now.get(record.id);
      if (JSON.stringify(before) !== JSON.stringify(current)) {
        throw new ConcurrentChangeError(`organisation ${record.id} was changed while the file was being checked; nothing was imported, run the import again`);
      }
    }
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      await trx
        .insertInto('organizations')
        .values(batch.map((org) => ({ id: org.id, sort_name: organizationSortKey(org)[0], data: JSON.stringify(org) })))
        // An imported change is a published change: its version moves on, so ETags and If-Match see it.
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({ sort_name: eb.ref('excluded.sort_name'), data: eb.ref('excluded.data'), version: eb(eb.ref('organizations.version'), '+', 1) }))
        )
        .execute();
      progress(i + batch.length, records.length);
    }
  });
}
