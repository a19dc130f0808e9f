import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export interface PostgresOptions {
  /** Connections per node (default 10). */
  poolSize?: number;
  /** Told when an idle connection breaks (the server restarted): the pool replaces it. */
  onPoolError?: (error: Error) => void;
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Connects to PostgreSQL through a pool (migrations: see database.ts). Connecting and each
 * statement are bounded in time, so a server that has gone away makes requests fail fast
 * (503) instead of hanging; the pool reconnects by itself when it is back.
 */
export async function openPostgres(url: string, { poolSize = 10, onPoolError }: PostgresOptions = {}): Promise<Kysely<Database>> {
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 3_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 30_000,
    application_name: 'liaison-api',
  });
  // Without a listener, an idle connection closed by a restarting server would crash the process.
  pool.on('error', (error) => onPoolError?.(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const label = redactUrl(url);
  try {
    await db.connection().execute(async (connection) => {
      await connection.selectNoFrom((eb) => eb.val(1).as('one')).execute();
    });
  } catch (error) {
    await db.destroy();
    throw new Error(`Database ${label} cannot be reached: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return db;
}
