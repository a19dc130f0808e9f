import type { Kysely } from 'kysely';
import { Organization, organizationSortKey, parseOrThrow, upgradeOrganization, type LegacyOrganization } from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';
import type { Database } from './schema.js';

/**
 * Migration 0004: every stored organisation to the shape of issue 11 (the partnership
 * category apart from its evidence; names only in the languages a source gives).
 *
 * The sample organisations (real and fictional) are replaced by the current sample record:
 * until the write path exists, every stored organisation is seed data, and issue 11 corrected
 * the real ones (categories, dates, names, headquarters) beyond what a mechanical upgrade can
 * know, and turned every sample field of interest into a concept of the vocabulary. Any other
 * record (a seed of one's own) goes through core's upgradeOrganization.
 *
 * One transaction: a record that cannot be read or upgraded to a valid organisation fails
 * the migration and leaves the table as it was. PostgreSQL's migrator already runs each
 * migration in one (and Kysely does not nest them); SQLite's runs none around it.
 */
export async function upgradePartnershipEvidence(unknownDb: Kysely<unknown>): Promise<void> {
  const db = unknownDb as Kysely<Database>;
  const current = new Map(SAMPLE_ORGANIZATIONS.map((org) => [org.id, org]));
  const inOneTransaction = (work: (trx: Kysely<Database>) => Promise<void>) => (db.isTransaction ? work(db) : db.transaction().execute(work));
  await inOneTransaction(async (trx) => {
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
