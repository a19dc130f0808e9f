import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../src/index.js';
import type { Database } from '../src/storage/schema.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';

export interface TestServer {
  /** Base URL of the running server (the API is under /v1). */
  readonly url: string;
  readonly port: number;
  readonly running: RunningServer;
  /** A connection of its own to the server's database, for tests that change data behind its back (as another process). */
  connect(): Promise<Kysely<Database>>;
  /** The database as environment variables (DATABASE_FILE or DATABASE_URL), for the command line in a child process. */
  readonly env: Record<string, string>;
}

/**
 * The API tests' server: a real server on an ephemeral loopback port over a fresh database of
 * this run's backend (SQLite, or PostgreSQL in the vitest project of that name), started
 * before the file's tests and stopped (its database removed) after them. No demo pages or
 * widgets unless `options` asks for them (a function of no arguments when they are known only
 * once earlier beforeAll hooks ran, e.g. `() => ({ mail: { smtpUrl: sink.url } })`).
 */
export function useTestServer(given: ServerOptions | (() => ServerOptions) = {}): TestServer {
  let db: TempDatabase | undefined;
  let running: RunningServer | undefined;
  // Mail goes to .eml files in a folder of the test's own unless `options.mail` says otherwise.
  let mailDir: string | undefined;
  beforeAll(async () => {
    // A function is read when the server starts: after earlier beforeAll hooks (an SMTP sink's URL, say).
    const options = typeof given === 'function' ? given() : given;
    db = await tempDatabase();
    mailDir = mkdtempSync(join(tmpdir(), 'liaison-mail-'));
    running = await startServer({ port: 0, host: '127.0.0.1', widgetsDir: null, demoDir: null, ...db.location, ...options, mail: { mailDir, ...options.mail } });
  });
  afterAll(async () => {
    await running?.close();
    await db?.cleanup();
    if (mailDir) rmSync(mailDir, { recursive: true, force: true });
  });
  const started = (): { running: RunningServer; db: TempDatabase } => {
    if (!running || !db) throw new Error('the test server is used before beforeAll has started it');
    return { running, db };
  };
  return {
    get url() {
      return started().running.url;
    },
    get port() {
      return started().running.port;
    },
    get running() {
      return started().running;
    },
    connect: () => started().db.connect(),
    get env() {
      return started().db.env;
    },
  };
}
