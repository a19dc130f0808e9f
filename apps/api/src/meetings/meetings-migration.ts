import { type Kysely, type Migration, type RawBuilder } from 'kysely';

/** Migration 0016: meetings and private calendar feeds (meeting-tables.ts). */
export function meetingsMigration(text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meetings')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('requester_person_id', text, (col) => col.notNull())
        .addColumn('counterpart_person_id', text, (col) => col.notNull())
        .addColumn('status', text, (col) => col.notNull())
        .addColumn('meeting', text, (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('updated_at', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('meetings_requester').on('meetings').columns(['requester_person_id', 'created_at']).execute();
      await db.schema.createIndex('meetings_counterpart').on('meetings').columns(['counterpart_person_id', 'created_at']).execute();
      await db.schema
        .createTable('calendar_feeds')
        .addColumn('person_id', text, (col) => col.primaryKey())
        .addColumn('secret_hash', text, (col) => col.notNull().unique())
        .addColumn('created_at', text, (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['calendar_feeds', 'meetings']) await db.schema.dropTable(table).execute();
    },
  };
}
