import type { Kysely } from 'kysely';
import type { PartnershipDecision } from '@ngo-liaison/core';
import type { Database } from './schema.js';

/** Recorded partnership decisions (migration 0009): the public history of each organisation. */
export class PartnershipDecisionRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Organisation `id`'s decisions, oldest first (in the order they were recorded). */
  async list(id: string): Promise<PartnershipDecision[]> {
    const rows = await this.#db.selectFrom('partnership_decisions').select('data').where('organization_id', '=', id).orderBy('seq').execute();
    return rows.map((row) => JSON.parse(row.data) as PartnershipDecision);
  }

  async insert(db: Kysely<Database>, decision: PartnershipDecision): Promise<void> {
    await db
      .insertInto('partnership_decisions')
      .values({ id: decision.id, organization_id: decision.organizationId, decided_on: decision.date, data: JSON.stringify(decision) })
      .execute();
  }
}
