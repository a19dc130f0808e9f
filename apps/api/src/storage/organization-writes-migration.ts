import { type Kysely, type Migration, type RawBuilder } from 'kysely';
import type { DatabaseKind } from './database-kind.js';

/**
 * Migration 0009: the organisation write path (issue 13).
 * - `organizations.version`: bumped by every published change; the ETag carries it and
 *   If-Match is checked against it (existing rows start at 1).
 * - `organization_revisions`: editors' proposed changes, pending until published or returned.
 * - `partnership_decisions`: the public history of admissions, reclassifications, renewals,
 *   suspensions and terminations.
 * - `audit_log`: every accepted write with who, which role, what, when, before and after (JSON),
 *   written in the write's own transaction.
 * - `idempotency_keys`: the first answer to a creation per (credential, key), kept 24 hours.
 * Rows are ordered by a `seq` the database draws (keyset paging, newest first). None of these
 * tables is in the change log: they are read from the database on each request, never cached.
 */
export function organizationWritesMigration(kind: DatabaseKind, text: RawBuilder<unknown> | 'text'): Migration {
  /** A table whose first column is `seq`, drawn by the database in insert order. */
  const withSeq = (db: Kysely<unknown>, table: string) =>
    kind === 'postgres'
      ? db.schema.createTable(table).addColumn('seq', 'bigint', (col) => col.primaryKey().generatedAlwaysAsIdentity())
      : db.schema.createTable(table).addColumn('seq', 'integer', (col) => col.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('organizations').addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)).execute();

      await withSeq(db, 'organization_revisions')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('organization_id', text, (col) => col.notNull())
        .addColumn('state', text, (col) => col.notNull())
        .addColumn('submitted_at', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('organization_revisions_state').on('organization_revisions').columns(['state', 'seq']).execute();
      await db.schema.createIndex('organization_revisions_organization').on('organization_revisions').columns(['organization_id', 'seq']).execute();

      await withSeq(db, 'partnership_decisions')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('organization_id', text, (col) => col.notNull())
        .addColumn('decided_on', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('partnership_decisions_organization').on('partnership_decisions').columns(['organization_id', 'seq']).execute();

      await withSeq(db, 'audit_log')
        .addColumn('id', text, (col) => col.notNull().unique())
        .addColumn('at', text, (col) => col.notNull())
        .addColumn('actor_id', text, (col) => col.notNull())
        .addColumn('role', text, (col) => col.notNull())
        .addColumn('action', text, (col) => col.notNull())
        .addColumn('entity_type', text, (col) => col.notNull())
        .addColumn('entity_id', text, (col) => col.notNull())
        .addColumn('data', text, (col) => col.notNull())
        .execute();
      await db.schema.createIndex('audit_log_entity').on('audit_log').columns(['entity_type', 'entity_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('credential_id', text, (col) => col.notNull())
        .addColumn('key', text, (col) => col.notNull())
        .addColumn('request_hash', text, (col) => col.notNull())
        .addColumn('status', 'integer', (col) => col.notNull())
        .addColumn('body', text, (col) => col.notNull())
        .addColumn('location', text)
        .addColumn('created_at', text, (col) => col.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['credential_id', 'key'])
        .execute();
      await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['idempotency_keys', 'audit_log', 'partnership_decisions', 'organization_revisions']) await db.schema.dropTable(table).execute();
      await db.schema.alterTable('organizations').dropColumn('version').execute();
    },
  };
}
