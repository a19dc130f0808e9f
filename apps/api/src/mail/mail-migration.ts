import type { Kysely, Migration, RawBuilder } from 'kysely';

/**
 * Migration 0012: `mail_settings`, what every node of a deployment must share about mail —
 * the link secret generated on a first start outside production (mail-settings.ts) — and
 * `mail_preferences`, what each person wants mailed (notices, a digest, the language).
 */
export function mailMigration(text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mail_settings')
        .addColumn('key', text, (col) => col.primaryKey())
        .addColumn('value', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('mail_preferences')
        .addColumn('person_id', text, (col) => col.primaryKey())
        .addColumn('notices', 'integer', (col) => col.notNull())
        .addColumn('digest', text, (col) => col.notNull())
        .addColumn('language', text, (col) => col.notNull())
        .addColumn('digest_sent_at', text)
        .addColumn('updated_at', text, (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('mail_preferences').execute();
      await db.schema.dropTable('mail_settings').execute();
    },
  };
}
