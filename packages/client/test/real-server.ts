import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '@ngo-liaison/api';
import { tempDatabase, type TempDatabase } from '@ngo-liaison/api/testing';

/**
 * The reference server for a test file: on a loopback port, over a fresh database of the run's
 * backend (SQLite, or PostgreSQL in the vitest project of that name), started before the
 * file's tests and stopped, its database removed, after them.
 */
export function useRealServer(options: ServerOptions = {}): { readonly url: string; readonly localInvitation: RunningServer['localInvitation'] } {
  let db: TempDatabase | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    db = await tempDatabase();
    server = await startServer({ port: 0, host: '127.0.0.1', ...db.location, widgetsDir: null, demoDir: null, ...options });
  });
  afterAll(async () => {
    await server?.close();
    await db?.cleanup();
  });
  return {
    get url() {
      if (!server) throw new Error('the real server is used before beforeAll has started it');
      return server.url;
    },
    /** The Secretariat invitation a fresh database gets at start (outside production): how the write tests sign in. */
    get localInvitation() {
      if (!server) throw new Error('the real server is used before beforeAll has started it');
      return server.localInvitation;
    },
  };
}
