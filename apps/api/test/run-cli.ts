import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { BACKUP_TABLES } from '../src/storage/backup.js';
import type { Database } from '../src/storage/schema.js';

/** The built command line, as operators run it (npm run liaison builds it first; the tests need `npm run build`). */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A running `liaison` child process over the database in `env`, and its outcome. */
export function startCli(args: readonly string[], env: Record<string, string>): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    // Only this database: the test runner's own DATABASE_URL or DATABASE_FILE must not leak in.
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
  return { child, done };
}

export const runCli = (args: readonly string[], env: Record<string, string>): Promise<CliRun> => startCli(args, env).done;

/** Every row of every table the API serves, in id order: what a backup must carry. */
export async function everyRow(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const tables: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) {
    // `seq` is given afresh on restore (same order): compare the rows without it, in one order.
    const rows = (await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(db)).rows.map(({ seq: _seq, ...row }) => row);
    tables[table] = rows
      .map((row) => JSON.stringify(row))
      .sort()
      .map((row) => JSON.parse(row) as unknown);
  }
  return tables;
}
