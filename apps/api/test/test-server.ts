import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer, type ServerOptions } from '../src/index.js';
import { tempDbFile } from './temp-db.js';

export interface TestServer {
  /** Base URL of the running server (the API is under /v1). */
  readonly url: string;
  readonly port: number;
  /** Its SQLite file, for tests that change the data behind the server's back. */
  readonly dbFile: string;
}

/**
 * The API tests' server: a real server on an ephemeral loopback port over a fresh SQLite file,
 * started before the file's tests and stopped (its database removed) after them. No demo
 * pages or widgets unless `options` asks for them.
 */
export function useTestServer(options: ServerOptions = {}): TestServer {
  const db = tempDbFile();
  let running: RunningServer | undefined;
  beforeAll(async () => {
    running = await startServer({ port: 0, host: '127.0.0.1', widgetsDir: null, demoDir: null, dbFile: db.file, ...options });
  });
  afterAll(async () => {
    await running?.close();
    db.cleanup();
  });
  const started = (): RunningServer => {
    if (!running) throw new Error('the test server is used before beforeAll has started it');
    return running;
  };
  return {
    dbFile: db.file,
    get url() {
      return started().url;
    },
    get port() {
      return started().port;
    },
  };
}
