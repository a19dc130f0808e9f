import { type Kysely, type Migration, type RawBuilder } from 'kysely';

/** Migration 0014: consultations and their responses (consultation-tables.ts). */
export function consultationMigration(text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('consultations')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('owner', text, (col) => col.notNull())
        .addColumn('opens_at', text, (col) => col.notNull())
        .addColumn('closes_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('consultations_opening').on('consultations').columns(['opens_at', 'id']).execute();
      await db.schema
        .createTable('consultation_responses')
        .addColumn('consultation_id', text, (col) => col.notNull())
        .addColumn('respondent_key', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .addColumn('updated_at', text, (col) => col.notNull())
        .addPrimaryKeyConstraint('consultation_responses_pk', ['consultation_id', 'respondent_key'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('consultation_responses').execute();
      await db.schema.dropTable('consultations').execute();
    },
  };
}
