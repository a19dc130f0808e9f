import { type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { DatabaseKind } from './database-kind.js';

/**
 * Migration 0010: the write path, part 2 (issue 14) — the dialogue between NGOs, sectors, field
 * offices, Member States and the Liaison Committee.
 * - `action_submissions`: actions on the ground as submitted (SubmittedAction as JSON), pending
 *   until the programme's sector publishes or returns them. A published action is also written
 *   to `actions` (the public table every read serves); a pending one never is.
 * - `inbox_items`: what is delivered to each addressee (InboxItem as JSON), keyed by the
 *   addressee's key ("sector:CLT", "member-state:KE"…), in delivery order (`seq`).
 * - `inbox_reads`: which person marked which item read (read state is per person, not per inbox).
 * - `feedback`: NGOs' feedback to sectors, with the keys its lists filter on.
 * - `recommendations`: recommendations of events' outputs with their addressees and follow-ups.
 * Rows are ordered by a `seq` the database draws (keyset paging, newest first). None of these
 * tables is in the change log: they are read from the database on each request, never cached.
 * `public` is an integer (0/1) on both databases, so a backup moves between them unchanged.
 */
export function dialogueMigration(kind: DatabaseKind, text: RawBuilder<unknown> | 'text'): Migration {
  /** A table whose first column is `seq`, drawn by the database in insert order. */
  const withSeq = (db: Kysely<unknown>, table: string) =>
    kind === 'postgres'
      ? db.schema.createTable(table).addColumn('seq', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
      : db.schema.createTable(table).addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await withSeq(db, 'action_submissions')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('programme_id', text, (col) => col.notNull())
        .addColumn('actor_kind', text, (col) => col.notNull())
        .addColumn('actor_id', text, (col) => col.notNull())
        .addColumn('submitted_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('action_submissions_state').on('action_submissions').columns(['state', 'seq']).execute();
      await db.schema.createIndex('action_submissions_programme').on('action_submissions').columns(['programme_id', 'seq']).execute();
      await db.schema.createIndex('action_submissions_actor').on('action_submissions').columns(['actor_kind', 'actor_id', 'seq']).execute();

      await withSeq(db, 'inbox_items')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('addressee', text, (col) => col.notNull())
        .addColumn('kind', text, (col) => col.notNull())
        .addColumn('public', 'integer', (col) => col.notNull())
        .addColumn('at', text, (col) => col.notNull())
        .addColumn('subject_type', text, (col) => col.notNull())
        .addColumn('subject_id', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('inbox_items_addressee').on('inbox_items').columns(['addressee', 'seq']).execute();
      await db.schema.createIndex('inbox_items_subject').on('inbox_items').columns(['subject_type', 'subject_id']).execute();

      await db.schema
        .createTable('inbox_reads')
        .addColumn('person_id', text, (col) => col.notNull())
        .addColumn('item_id', text, (col) => col.notNull())
        .addPrimaryKeyConstraint('inbox_reads_pk', ['person_id', 'item_id'])
        .execute();

      await withSeq(db, 'feedback')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('sector', text, (col) => col.notNull())
        .addColumn('programme_id', text, (col) => col.notNull())
        .addColumn('organization_id', text, (col) => col.notNull())
        .addColumn('country', text)
        .addColumn('field_office', text)
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('sent_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('feedback_sector').on('feedback').columns(['sector', 'seq']).execute();
      await db.schema.createIndex('feedback_organization').on('feedback').columns(['organization_id', 'seq']).execute();
      await db.schema.createIndex('feedback_field_office').on('feedback').columns(['field_office', 'seq']).execute();

      await withSeq(db, 'recommendations')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('event_id', text, (col) => col.notNull())
        .addColumn('recorded_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('recommendations_event').on('recommendations').columns(['event_id', 'seq']).execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['recommendations', 'feedback', 'inbox_reads', 'inbox_items', 'action_submissions']) await db.schema.dropTable(table).execute();
    },
  };
}
