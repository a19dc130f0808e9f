import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely } from 'kysely';
import type { Database } from './schema.js';
import { SqliteImmediateDialect } from './sqlite-immediate-dialect.js';

/** Most problems quick_check lists in a start-up error (it can report thousands). */
const SHOWN_PROBLEMS = 5;

/**
 * Refuses a damaged file before anything reads or writes it: routes would otherwise answer
 * 500 one by one while the server looks healthy. quick_check reads every page (milliseconds
 * for the sample data, about a second per few hundred MB) but skips the slower index
 * cross-checks of integrity_check.
 */
function checkIntegrity(connection: BetterSqlite3.Database, file: string): void {
  let problems: string[];
  try {
    const rows = connection.pragma('quick_check') as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check).filter((result) => result !== 'ok');
  } catch (error) {
    // A page too damaged to walk makes the check itself fail (SQLITE_CORRUPT); a busy or
    // unreadable file is another problem and keeps its own message.
    if (!(error instanceof BetterSqlite3.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code))) throw error;
    problems = [error.message];
  }
  if (!problems.length) return;
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  throw new Error(
    `Database ${file} failed its integrity check (PRAGMA quick_check): ${shown}${
      problems.length > SHOWN_PROBLEMS ? ` (and ${problems.length - SHOWN_PROBLEMS} more)` : ''
    }. ` + 'Restore it from a backup, or move it away to start with a fresh database.'
  );
}

/** Opens (creating if needed) the embedded SQLite database and checks it (migrations: see database.ts). */
export async function openSqlite(file: string): Promise<Kysely<Database>> {
  mkdirSync(dirname(file), { recursive: true });
  const connection = new BetterSqlite3(file);
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('foreign_keys = ON');
    // Another process (a second node, the command line) may hold the write lock for a moment.
    connection.pragma('busy_timeout = 5000');
    checkIntegrity(connection, file);
  } catch (error) {
    connection.close();
    const message = error instanceof Error ? error.message : String(error);
    // "file is not a database" and the like do not say which file.
    throw new Error(message.includes(file) ? message : `Database ${file} cannot be opened: ${message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteImmediateDialect({ database: connection }) });
  return db;
}
