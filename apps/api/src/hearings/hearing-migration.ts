import { type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../storage/database-kind.js';

/** Migration 0015: NGO hearing requests (hearing-tables.ts). */
export function hearingMigration(kind: DatabaseKind, text: RawBuilder<unknown> | 'text'): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const table =
        kind === 'postgres'
          ? db.schema.createTable('hearings').addColumn('seq', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
          : db.schema.createTable('hearings').addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement());
      await table
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('session_id', text, (col) => col.notNull())
        .addColumn('organization_id', text, (col) => col.notNull())
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('slot_start', text)
        .addColumn('requested_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('hearings_session').on('hearings').columns(['session_id', 'state', 'slot_start']).execute();
      await db.schema.createIndex('hearings_organization').on('hearings').columns(['organization_id', 'seq']).execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('hearings').execute();
    },
  };
}
