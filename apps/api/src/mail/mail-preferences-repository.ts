import type { Kysely } from 'kysely';
import { DEFAULT_MAIL_PREFERENCES, isLanguage, type DigestFrequency, type MailPreferences } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';

/** Each person's mail preferences (migration 0012); a person without a row has the defaults. */
export class MailPreferencesRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async get(personId: string, db: Kysely<Database> = this.#db): Promise<MailPreferences> {
    const row = await db.selectFrom('mail_preferences').selectAll().where('person_id', '=', personId).executeTakeFirst();
    if (!row) return { ...DEFAULT_MAIL_PREFERENCES };
    return { notices: row.notices === 1, digest: row.digest as DigestFrequency, language: isLanguage(row.language) ? row.language : 'en' };
  }

  /** Replaces the person's preferences in `db` (the write's transaction). */
  async set(db: Kysely<Database>, personId: string, preferences: MailPreferences, now: Date): Promise<void> {
    const values = { notices: preferences.notices ? 1 : 0, digest: preferences.digest, language: preferences.language, updated_at: now.toISOString() };
    await db
      .insertInto('mail_preferences')
      .values({ person_id: personId, digest_sent_at: null, ...values })
      .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
      .execute();
  }
}
