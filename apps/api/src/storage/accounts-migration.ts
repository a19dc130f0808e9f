import type { Kysely, Migration, RawBuilder } from 'kysely';

/**
 * Migration 0008: people, their roles and their credentials (issue 13). Secrets are never
 * stored: tokens, session ids, CSRF tokens and invitation secrets as SHA-256 hashes,
 * passwords as scrypt hashes. Times are ISO instants as text (fixed width: they compare as
 * text). None of these tables is in the change log: every request reads them from the
 * database itself, so a revocation holds on every node at once without waiting for a feed.
 */
export function accountsMigration(text: RawBuilder<unknown> | 'text', now: RawBuilder<unknown>): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('people')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('display_name', text, (col) => col.notNull())
        .addColumn('email', text, (col) => col.unique())
        .addColumn('password_hash', text)
        .addColumn('created_at', text, (col) => col.notNull().defaultTo(now))
        .addColumn('disabled_at', text)
        .execute();
      await db.schema
        .createTable('role_grants')
        .addColumn('person_id', text, (col) => col.notNull().references('people.id'))
        .addColumn('role_key', text, (col) => col.notNull())
        .addColumn('grant', text, (col) => col.notNull())
        .addUniqueConstraint('role_grants_person_role', ['person_id', 'role_key'])
        .execute();
      await db.schema
        .createTable('access_tokens')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('person_id', text, (col) => col.notNull().references('people.id'))
        .addColumn('token_hash', text, (col) => col.notNull().unique())
        .addColumn('label', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('expires_at', text, (col) => col.notNull())
        .addColumn('last_used_at', text)
        .addColumn('revoked_at', text)
        .addColumn('revoked_by', text)
        .execute();
      await db.schema.createIndex('access_tokens_person').on('access_tokens').columns(['person_id', 'created_at']).execute();
      await db.schema
        .createTable('web_sessions')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('person_id', text, (col) => col.notNull().references('people.id'))
        .addColumn('session_hash', text, (col) => col.notNull().unique())
        .addColumn('csrf_hash', text, (col) => col.notNull())
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('expires_at', text, (col) => col.notNull())
        .addColumn('ended_at', text)
        .execute();
      await db.schema
        .createTable('invitations')
        .addColumn('id', text, (col) => col.primaryKey())
        .addColumn('secret_hash', text, (col) => col.notNull().unique())
        .addColumn('email', text)
        .addColumn('display_name', text)
        .addColumn('roles', text, (col) => col.notNull())
        .addColumn('created_by', text)
        .addColumn('created_at', text, (col) => col.notNull())
        .addColumn('expires_at', text, (col) => col.notNull())
        .addColumn('accepted_at', text)
        .addColumn('person_id', text)
        .execute();
      // Requests per credential per minute, shared by every node (http/rate-limit.ts).
      await db.schema
        .createTable('rate_limit_windows')
        .addColumn('bucket', text, (col) => col.notNull())
        .addColumn('window_start', text, (col) => col.notNull())
        .addColumn('count', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('rate_limit_windows_key', ['bucket', 'window_start'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const table of ['rate_limit_windows', 'invitations', 'web_sessions', 'access_tokens', 'role_grants', 'people']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
