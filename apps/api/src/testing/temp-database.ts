import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import type { DatabaseLocation } from '../storage/database.js';
import type { Database } from '../storage/schema.js';
import { openPostgres } from '../storage/postgres.js';
import { openSqlite } from '../storage/sqlite.js';

/** A database of its own for one test file or test, on the backend the test run is for. */
export interface TempDatabase {
  /** Spread into startServer() or the command line's environment. */
  location: DatabaseLocation;
  /** The same location as environment variables (for a server or command in a child process). */
  env: Record<string, string>;
  /** A connection of its own, as another process would have (no migrations run). Close it with destroy(). */
  connect(): Promise<Kysely<Database>>;
  /**
   * Nothing is stored: no SQLite file at all (a failed first start removes it), or no row in
   * any table of the PostgreSQL database (its tables may exist: migrations ran).
   */
  holdsNoData(): Promise<boolean>;
  /** Removes the database (the file's folder, or DROP DATABASE … WITH (FORCE)). */
  cleanup(): Promise<void>;
}

export type TestBackend = 'sqlite' | 'postgres';

/** The backend of this test run: LIAISON_TEST_BACKEND=postgres (set by the API's vitest project of that name), else SQLite. */
export function testBackend(env: NodeJS.ProcessEnv = process.env): TestBackend {
  return env.LIAISON_TEST_BACKEND === 'postgres' ? 'postgres' : 'sqlite';
}

/** A fresh SQLite file in a folder of its own. */
export function tempSqliteDatabase(): TempDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-'));
  const file = join(dir, 'test.db');
  return {
    location: { dbFile: file },
    env: { DATABASE_FILE: file },
    connect: () => openSqlite(file),
    holdsNoData: async () => !existsSync(file),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A fresh, empty PostgreSQL database on the server at `adminUrl`. */
export async function tempPostgresDatabase(adminUrl: string): Promise<TempDatabase> {
  const name = `liaison_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    location: { databaseUrl },
    env: { DATABASE_URL: databaseUrl },
    connect: () => openPostgres(databaseUrl, { poolSize: 2 }),
    async holdsNoData() {
      const client = new pg.Client({ connectionString: databaseUrl });
      await client.connect();
      try {
        const tables = await client.query<{ name: string }>(
          `select table_name as name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' and table_name <> 'change_log'`
        );
        for (const { name } of tables.rows) {
          if ((await client.query(`select 1 from "${name}" limit 1`)).rowCount) return false;
        }
        return true;
      } finally {
        await client.end();
      }
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

/**
 * A fresh database on this run's backend: SQLite, or PostgreSQL at LIAISON_TEST_POSTGRES_URL
 * (the vitest project named postgres sets both variables).
 */
export async function tempDatabase(env: NodeJS.ProcessEnv = process.env): Promise<TempDatabase> {
  if (testBackend(env) === 'sqlite') return tempSqliteDatabase();
  const url = env.LIAISON_TEST_POSTGRES_URL;
  if (!url) throw new Error('LIAISON_TEST_BACKEND=postgres needs LIAISON_TEST_POSTGRES_URL');
  return tempPostgresDatabase(url);
}
