import { sql, type Kysely, type Migration } from 'kysely';
import type { DatabaseKind } from './database-kind.js';

/** Every table whose rows the API serves: a write to any of them is logged. */
export const LOGGED_TABLES = [
  'organizations',
  'events',
  'sessions',
  'programmes',
  'actions',
  'focal_points',
  'liaison_committee_mandates',
  'expert_designations',
] as const;

export type LoggedTable = (typeof LOGGED_TABLES)[number];

/**
 * Migration 0007: the change log. Triggers in the database append (table, id) for every row
 * inserted, updated or deleted, whoever writes — this node, another node, the command line,
 * psql — so every node learns what changed by reading the log after the last sequence number
 * it applied (storage/change-feed.ts), on SQLite and PostgreSQL alike.
 *
 * Sequence numbers must appear in commit order, or a reader could pass over a number whose
 * transaction commits late. SQLite has one writer at a time; on PostgreSQL the trigger takes a
 * transaction-level advisory lock before it draws the number, so writers that log changes
 * commit one after the other (writes here are people's edits: rare, small).
 */
export function changeLogMigration(kind: DatabaseKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (kind === 'postgres') {
        await sql`create table change_log (
          seq bigint generated always as identity primary key,
          table_name text collate "C" not null,
          record_id text collate "C" not null,
          changed_at timestamptz not null default now()
        )`.execute(db);
        await sql`create function liaison_log_change() returns trigger language plpgsql as $$
          begin
            perform pg_advisory_xact_lock(hashtext('liaison_change_log'));
            insert into change_log (table_name, record_id)
              values (TG_TABLE_NAME, case when TG_OP = 'DELETE' then OLD.id else NEW.id end);
            return null;
          end $$`.execute(db);
        for (const table of LOGGED_TABLES) {
          await sql`create trigger ${sql.id(`${table}_logged`)} after insert or update or delete on ${sql.table(table)}
            for each row execute function liaison_log_change()`.execute(db);
        }
        return;
      }
      await sql`create table change_log (
        seq integer primary key autoincrement,
        table_name text not null,
        record_id text not null,
        changed_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      )`.execute(db);
      for (const table of LOGGED_TABLES) {
        for (const [operation, row] of [
          ['insert', 'new'],
          ['update', 'new'],
          ['delete', 'old'],
        ] as const) {
          await sql`create trigger ${sql.id(`${table}_logged_${operation}`)} after ${sql.raw(operation)} on ${sql.table(table)}
            begin insert into change_log (table_name, record_id) values (${sql.lit(table)}, ${sql.raw(row)}.id); end`.execute(db);
        }
      }
    },
    async down(db: Kysely<unknown>) {
      for (const table of LOGGED_TABLES) {
        if (kind === 'postgres') {
          await sql`drop trigger if exists ${sql.id(`${table}_logged`)} on ${sql.table(table)}`.execute(db);
        } else {
          for (const operation of ['insert', 'update', 'delete']) await sql`drop trigger if exists ${sql.id(`${table}_logged_${operation}`)}`.execute(db);
        }
      }
      if (kind === 'postgres') await sql`drop function if exists liaison_log_change()`.execute(db);
      await sql`drop table change_log`.execute(db);
    },
  };
}
