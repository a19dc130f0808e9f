import type { Kysely } from 'kysely';
import type { ChangeFeed } from './change-feed.js';
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
  readonly #feed: ChangeFeed;
  readonly mandates: JsonRecords<LiaisonCommitteeMandate>;
  readonly designations: JsonRecords<ExpertDesignation>;

  constructor(db: Kysely<Database>, feed: ChangeFeed) {
    this.#db = db;
    this.#feed = feed;
    this.mandates = new JsonRecords(db, feed, 'liaison_committee_mandates');
    this.designations = new JsonRecords(db, feed, 'expert_designations');
  }

  /** Inserts the mandates and designations, all or nothing: one transaction. */
  async insertAll({ mandates, designations }: { mandates: readonly LiaisonCommitteeMandate[]; designations: readonly ExpertDesignation[] }): Promise<void> {
    await this.#db.transaction().execute(async (trx) => {
      for (const m of mandates) {
        await trx
          .insertInto('liaison_committee_mandates')
          .values({ id: m.id, term_start: m.term.start, data: JSON.stringify(m) })
          .execute();
      }
      for (const d of designations) {
        await trx
          .insertInto('expert_designations')
          .values({ id: d.id, sector: d.sector, organization_id: d.organization, designated_on: d.designatedOn, data: JSON.stringify(d) })
          .execute();
      }
    });
    await this.#feed.poll(); // served by this node as soon as the call returns
  }
}
