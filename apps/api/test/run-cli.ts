import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { sql, type Kysely } from 'kysely';
import { LOGGED_TABLES } from '../src/storage/change-log-migration.js';
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
  for (const table of LOGGED_TABLES) tables[table] = (await sql`select * from ${sql.table(table)} order by id`.execute(db)).rows;
  return tables;
}
