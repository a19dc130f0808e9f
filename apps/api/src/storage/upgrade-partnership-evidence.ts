import type { Kysely } from 'kysely';
import { Organization, organizationSortKey, parseOrThrow, upgradeOrganization, type LegacyOrganization } from '@ngo-liaison/core';
import { REAL_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import type { Database } from './schema.js';

/**
 * Migration 0004: every stored organisation to the shape of issue 11 (the partnership
 * category apart from its evidence; names only in the languages a source gives).
 *
 * Each record goes through core's upgradeOrganization, then the real organisations are
 * replaced by the current sample record: until the write path exists, every stored
 * organisation is seed data, and for the real ones issue 11 corrected the data itself
 * (categories, dates, names, headquarters) beyond what a mechanical upgrade can know.
 * Fictional and other records keep their upgraded content.
 *
 * One transaction: a record that cannot be read or upgraded to a valid organisation fails
 * the migration and leaves the table as it was (SQLite's migrator runs none around it).
 */
export async function upgradePartnershipEvidence(unknownDb: Kysely<unknown>): Promise<void> {
  const db = unknownDb as Kysely<Database>;
  const current = new Map(REAL_ORGANIZATIONS.map((org) => [org.id, org]));
  await db.transaction().execute(async (trx) => {
    const rows = await trx.selectFrom('organizations').select(['id', 'data']).orderBy('id').execute();
    for (const row of rows) {
      const org = current.get(row.id) ?? upgradeRecord(row.id, row.data);
      await trx
        .updateTable('organizations')
        .set({ sort_name: organizationSortKey(org)[0], data: JSON.stringify(org) })
        .where('id', '=', row.id)
        .execute();
    }
  });
}

/** The upgraded record, or a ValidationError naming the organisation and the field. */
function upgradeRecord(id: string, data: string): Organization {
  return parseOrThrow(Organization, upgradeOrganization(JSON.parse(data) as LegacyOrganization), `organizations[${id}]`, 'Migration 0004');
}
