import { type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { DatabaseKind } from '../storage/database-kind.js';

/**
 * Migration 0011: the outbox (mail-tables.ts). Messages wait in `outbox` until a node's sender
 * claims one, sends it and records the attempt in `mail_deliveries`; `mail_suppressions` holds
 * the addresses that bounced hard or unsubscribed.
 */
export function outboxMigration(kind: DatabaseKind, text: RawBuilder<unknown> | 'text'): Migration {
  const withSeq = (db: Kysely<unknown>, table: string) =>
    kind === 'postgres'
      ? db.schema.createTable(table).addColumn('seq', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
      : db.schema.createTable(table).addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await withSeq(db, 'outbox')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('kind', text, (col) => col.notNull())
        .addColumn('recipient', text, (col) => col.notNull())
        .addColumn('dedupe_key', text, (col) => col.notNull().unique())
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('message', text, (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', text, (col) => col.notNull())
        .addColumn('claimed_until', text)
        .addColumn('last_error', text)
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('sent_at', text)
        .execute();
      await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at', 'seq']).execute();
      await withSeq(db, 'mail_deliveries')
        .addColumn('outbox_id', text, (col) => col.notNull())
        .addColumn('attempt', 'integer', (col) => col.notNull())
        .addColumn('at', text, (col) => col.notNull())
        .addColumn('outcome', text, (col) => col.notNull())
        .addColumn('detail', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('mail_deliveries_outbox').on('mail_deliveries').columns(['outbox_id', 'attempt']).execute();
      await db.schema
        .createTable('mail_suppressions')
        .addColumn('address', text, (col) => col.primaryKey())
        .addColumn('reason', text, (col) => col.notNull())
        .addColumn('at', text, (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['mail_suppressions', 'mail_deliveries', 'outbox']) await db.schema.dropTable(table).execute();
    },
  };
}
