import { sql, type Kysely, type Transaction } from 'kysely';
import { LOGGED_TABLES } from './change-log-migration.js';
import type { DatabaseKind } from './database-kind.js';
import type { Database } from './schema.js';

/**
 * A backup of every table the API serves, as JSON lines: a header (format, the migrations the
 * database had, where it came from), one line per row, and a trailer with the row counts (a
 * file cut short has none and is refused). Rows are plain column values, text and integers on
 * both databases, so a backup of SQLite restores into PostgreSQL and the other way round. The
 * change log is not copied: restoring writes the rows, and the triggers log them afresh, so
 * running servers pick the restored data up.
 */
export const BACKUP_FORMAT = 'liaison-backup';

/**
 * What a backup holds, in the order it is restored, with the order rows are read in: the
 * served tables; the accounts (people, their roles, their tokens' hashes, so programs keep
 * working after a restore); and the write history (revisions, decisions, audit log; action
 * submissions, inbox items, feedback, recommendations), whose `seq` is left out and given afresh
 * on restore in the same order. Inbox read marks are kept too: they name people and item ids,
 * both restored as they were, and without them every item of every inbox would read as unread
 * again after a restore. Sessions, invitations, idempotency keys and rate-limit windows are
 * short-lived and not kept: after a restore people sign in again.
 */
const BACKED_UP = [
  ...LOGGED_TABLES.map((table) => ({ table, orderBy: 'id', skip: undefined })),
  { table: 'people', orderBy: 'id', skip: undefined },
  { table: 'role_grants', orderBy: 'person_id, role_key', skip: undefined },
  { table: 'access_tokens', orderBy: 'id', skip: undefined },
  { table: 'organization_revisions', orderBy: 'seq', skip: 'seq' },
  { table: 'partnership_decisions', orderBy: 'seq', skip: 'seq' },
  { table: 'audit_log', orderBy: 'seq', skip: 'seq' },
  { table: 'action_submissions', orderBy: 'seq', skip: 'seq' },
  { table: 'inbox_items', orderBy: 'seq', skip: 'seq' },
  { table: 'inbox_reads', orderBy: 'person_id, item_id', skip: undefined },
  { table: 'feedback', orderBy: 'seq', skip: 'seq' },
  { table: 'recommendations', orderBy: 'seq', skip: 'seq' },
  // Addresses that bounced hard or unsubscribed stay unmailed after a restore (the outbox itself is transient).
  { table: 'mail_suppressions', orderBy: 'address', skip: undefined },
  { table: 'mail_preferences', orderBy: 'person_id', skip: undefined },
  { table: 'hearings', orderBy: 'seq', skip: 'seq' },
  { table: 'consultations', orderBy: 'id', skip: undefined },
  { table: 'consultation_responses', orderBy: 'consultation_id, respondent_key', skip: undefined },
  { table: 'meetings', orderBy: 'id', skip: undefined },
  // Feed secrets' hashes: subscribed calendars keep working after a restore.
  { table: 'calendar_feeds', orderBy: 'person_id', skip: undefined },
  { table: 'forum_themes', orderBy: 'id', skip: undefined },
  { table: 'forum_theme_supports', orderBy: 'theme_id, supporter_key', skip: undefined },
  { table: 'forum_theme_choices', orderBy: 'event_id', skip: undefined },
  { table: 'forum_phase_registrations', orderBy: 'event_id, country, phase', skip: undefined },
] as const satisfies readonly { table: keyof Database; orderBy: string; skip: string | undefined }[];
export const BACKUP_TABLES = BACKED_UP.map(({ table }) => table);
/** Cleared by a restore that replaces data: they point at people and writes of the database being replaced. */
const SHORT_LIVED = ['web_sessions', 'invitations', 'idempotency_keys', 'rate_limit_windows'] as const satisfies readonly (keyof Database)[];
export type BackupTable = (typeof BACKUP_TABLES)[number];
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** Names of the migrations applied to the database backed up, in order. */
  migrations: string[];
  source: DatabaseKind;
}

export interface BackupTrailer {
  end: Record<BackupTable, number>;
}

export type BackupRow = Record<string, string | number | null>;
export interface BackupLine {
  table: BackupTable;
  row: BackupRow;
}

/** The migrations recorded in Kysely's table, in the order they were applied. */
async function appliedMigrations(db: Kysely<Database> | Transaction<Database>): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return result.rows.map((row) => row.name);
}

/**
 * Reads every table in one read transaction, so the backup is one moment of the database
 * while servers keep writing: REPEATABLE READ on PostgreSQL (one snapshot for every
 * statement), a deferred transaction on SQLite (in WAL mode its first read fixes the snapshot
 * the later ones see). `write` receives each line; it may wait (back-pressure).
 */
export async function writeBackup(db: Kysely<Database>, kind: DatabaseKind, write: (line: string) => Promise<void>): Promise<BackupTrailer> {
  let transaction = db.transaction();
  if (kind === 'postgres') transaction = transaction.setIsolationLevel('repeatable read').setAccessMode('read only');
  return transaction.execute(async (trx) => {
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, migrations: await appliedMigrations(trx), source: kind };
    await write(JSON.stringify(header));
    const end = {} as Record<BackupTable, number>;
    for (const { table, orderBy, skip } of BACKED_UP) {
      const rows = await sql<BackupRow>`select * from ${sql.table(table)} order by ${sql.raw(orderBy)}`.execute(trx);
      for (const row of rows.rows) {
        if (skip) delete row[skip];
        await write(JSON.stringify({ table, row } satisfies BackupLine));
      }
      end[table] = rows.rows.length;
    }
    const trailer: BackupTrailer = { end };
    await write(JSON.stringify(trailer));
    return trailer;
  });
}

/** A backup file read whole and checked: header, rows of known tables, and counts that match the trailer. */
export interface Backup {
  header: BackupHeader;
  rows: BackupLine[];
  counts: Record<BackupTable, number>;
}

/** Checks the lines of a backup file; throws naming the line that is wrong. */
export function readBackup(lines: readonly string[]): Backup {
  const parsed = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new Error(`line ${i + 1} is not JSON: not a Liaison backup, or a damaged one`);
    }
  });
  const header = parsed[0] as Partial<BackupHeader> | undefined;
  if (header?.format !== BACKUP_FORMAT) throw new Error('line 1 is not a Liaison backup header');
  if (header.version !== BACKUP_VERSION)
    throw new Error(`backup format version ${String(header.version)} is not supported (this release reads version ${BACKUP_VERSION})`);
  const trailer = parsed[parsed.length - 1] as Partial<BackupTrailer> | undefined;
  if (parsed.length < 2 || typeof trailer?.end !== 'object') throw new Error('the backup has no end line: it was cut short (an interrupted copy?)');
  const tables = new Set<string>(BACKUP_TABLES);
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;
  const rows = parsed.slice(1, -1).map((value, i) => {
    const line = value as Partial<BackupLine>;
    if (!line || typeof line.table !== 'string' || !tables.has(line.table) || typeof line.row !== 'object' || line.row === null) {
      throw new Error(`line ${i + 2} is not a row of a known table`);
    }
    counts[line.table]++;
    return line as BackupLine;
  });
  for (const table of BACKUP_TABLES) {
    if (counts[table] !== (trailer.end[table] ?? 0))
      throw new Error(`table ${table}: the end line counts ${trailer.end[table] ?? 0} rows, the file holds ${counts[table]}`);
  }
  return { header: header as BackupHeader, rows, counts };
}

/** Rows per INSERT statement: well under both databases' limits on bound parameters. */
const BATCH = 100;

/**
 * Writes a backup into the database in one transaction: all of it, or nothing. Refuses a
 * database at another migration level than the backup's, and one that holds data unless
 * `replace` (its rows are then deleted in the same transaction).
 */
export async function restoreBackup(db: Kysely<Database>, backup: Backup, { replace = false }: { replace?: boolean } = {}): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const applied = await appliedMigrations(trx);
    const wanted = backup.header.migrations;
    if (applied.join() !== wanted.join()) {
      throw new Error(
        `the backup was made at migration ${wanted.at(-1) ?? '(none)'}, this database is at ${
          applied.at(-1) ?? '(none)'
        }: restore it with the release that made it, then upgrade`
      );
    }
    const held: string[] = [];
    for (const table of BACKUP_TABLES) {
      const row = await trx
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      if (Number(row.n) > 0) held.push(`${table}: ${Number(row.n)}`);
    }
    if (held.length && !replace) throw new Error(`the database is not empty (${held.join(', ')} rows); restore --replace replaces everything in it`);
    if (held.length) for (const table of [...SHORT_LIVED, ...[...BACKUP_TABLES].reverse()]) await trx.deleteFrom(table).execute();
    for (const table of BACKUP_TABLES) {
      const rows = backup.rows.filter((line) => line.table === table).map((line) => line.row);
      for (let i = 0; i < rows.length; i += BATCH) {
        // Row values come from a checked backup of the same schema: columns are the table's own.
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + BATCH) as never)
          .execute();
      }
    }
  });
}
