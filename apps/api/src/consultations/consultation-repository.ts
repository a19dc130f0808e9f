import type { Kysely } from 'kysely';
import { respondentKey, type Consultation, type ConsultationResponse, type Respondent } from '@ngo-liaison/core';
import { holdsNul } from '../storage/nul-free.js';
import type { Database } from '../storage/schema.js';

/** Consultations and their responses (migration 0014). */
export class ConsultationRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(id: string, db: Kysely<Database> = this.#db): Promise<Consultation | undefined> {
    if (holdsNul(id)) return undefined;
    const row = await db.selectFrom('consultations').select('data').where('id', '=', id).executeTakeFirst();
    return row ? (JSON.parse(row.data) as Consultation) : undefined;
  }

  /** Every consultation, newest opening first (few: a handful a year per sector). */
  async all(): Promise<Consultation[]> {
    const rows = await this.#db.selectFrom('consultations').select('data').orderBy('opens_at', 'desc').orderBy('id').execute();
    return rows.map((row) => JSON.parse(row.data) as Consultation);
  }

  async insert(db: Kysely<Database>, consultation: Consultation, now: Date): Promise<void> {
    await db
      .insertInto('consultations')
      .values({
        id: consultation.id,
        owner: consultation.owner.kind === 'sector' ? consultation.owner.sector : 'secretariat',
        opens_at: new Date(consultation.opensAt).toISOString(),
        closes_at: new Date(consultation.closesAt).toISOString(),
        data: JSON.stringify(consultation),
        created_at: now.toISOString(),
      })
      .execute();
  }

  async replace(db: Kysely<Database>, consultation: Consultation): Promise<void> {
    await db.updateTable('consultations').set({ data: JSON.stringify(consultation) }).where('id', '=', consultation.id).execute();
  }

  async response(consultation: string, respondent: Respondent, db: Kysely<Database> = this.#db): Promise<ConsultationResponse | undefined> {
    if (holdsNul(consultation)) return undefined;
    const row = await db
      .selectFrom('consultation_responses')
      .select('data')
      .where('consultation_id', '=', consultation)
      .where('respondent_key', '=', respondentKey(respondent))
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as ConsultationResponse) : undefined;
  }

  async responses(consultation: string, db: Kysely<Database> = this.#db): Promise<ConsultationResponse[]> {
    const rows = await db.selectFrom('consultation_responses').select('data').where('consultation_id', '=', consultation).orderBy('respondent_key').execute();
    return rows.map((row) => JSON.parse(row.data) as ConsultationResponse);
  }

  /** Saves the respondent's one response: an update when it already answered (the primary key holds one row). */
  async save(db: Kysely<Database>, response: ConsultationResponse, existed: boolean): Promise<void> {
    const key = respondentKey(response.respondent);
    if (existed) {
      await db
        .updateTable('consultation_responses')
        .set({ data: JSON.stringify(response), updated_at: response.updatedAt })
        .where('consultation_id', '=', response.consultation)
        .where('respondent_key', '=', key)
        .execute();
    } else {
      await db.insertInto('consultation_responses').values({ consultation_id: response.consultation, respondent_key: key, data: JSON.stringify(response), updated_at: response.updatedAt }).execute();
    }
  }
}
