import type { Kysely } from 'kysely';
import type { ExpertDesignation, LiaisonCommitteeMandate } from '@ngo-liaison/core';
import { JsonRecords } from './json-records.js';
import type { Database } from './schema.js';

/**
 * Storage of the Liaison Committee's mandates and of the sectors' expert designations: a
 * mandate every two years, tens of designations per sector, so each table is read whole
 * (see JsonRecords) and filtered in memory by core's list functions.
 */
export class CommitteeRepository {
  readonly #db: Kysely<Database>;
  readonly mandates: JsonRecords<LiaisonCommitteeMandate>;
  readonly designations: JsonRecords<ExpertDesignation>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
    this.mandates = new JsonRecords(db, 'liaison_committee_mandates');
    this.designations = new JsonRecords(db, 'expert_designations');
  }

  /** Inserts the mandates and designations, all or nothing: one transaction. */
  async insertAll({ mandates, designations }: { mandates: readonly LiaisonCommitteeMandate[]; designations: readonly ExpertDesignation[] }): Promise<void> {
    try {
      await this.#db.transaction().execute(async (trx) => {
        for (const m of mandates) {
          await trx.insertInto('liaison_committee_mandates').values({ id: m.id, term_start: m.term.start, data: JSON.stringify(m) }).execute();
        }
        for (const d of designations) {
          await trx
            .insertInto('expert_designations')
            .values({ id: d.id, sector: d.sector, organization_id: d.organization, designated_on: d.designatedOn, data: JSON.stringify(d) })
            .execute();
        }
      });
    } finally {
      this.mandates.invalidate();
      this.designations.invalidate();
    }
  }
}
