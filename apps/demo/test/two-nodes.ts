import { tempPostgresDatabase, tempSqliteDatabase, type TempDatabase } from '@ngo-liaison/api/testing';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startNodeProcess, type NodeProcess } from '../../api/test/node-process.js';
import { CHROMIUM_ARGS } from './walk-people.js';

const POSTGRES_URL = process.env.LIAISON_TEST_POSTGRES_URL;

/** The backends a walk runs on: SQLite, and PostgreSQL when LIAISON_TEST_POSTGRES_URL is set. */
export const WALK_BACKENDS = ['sqlite', ...(POSTGRES_URL ? ['postgres'] : [])];

export interface TwoNodes {
  database: TempDatabase;
  first: NodeProcess;
  second: NodeProcess;
  browser: Browser;
}

/**
 * A walk's stage: two `node dist/main.js` processes on one fresh database of `backend` and
 * Debian's Chromium, started before the describe block's tests and stopped after them. The
 * fields are set once `beforeAll` has run: read them inside the tests. `env` adds to both
 * nodes' environment; it is called in `beforeAll`, after the file's earlier hooks (an SMTP
 * sink's port is known by then).
 */
export function useTwoNodes(backend: string, env: () => Record<string, string> = () => ({})): TwoNodes {
  const stage = {} as TwoNodes;
  beforeAll(async () => {
    stage.database = backend === 'postgres' ? await tempPostgresDatabase(POSTGRES_URL!) : tempSqliteDatabase();
    const nodeEnv = { ...stage.database.env, CHANGE_POLL_MS: '100', ...env() };
    stage.first = await startNodeProcess(nodeEnv);
    stage.second = await startNodeProcess(nodeEnv);
    stage.browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  }, 240_000);
  afterAll(async () => {
    await stage.browser?.close();
    await stage.second?.stop();
    await stage.first?.stop();
    await stage.database?.cleanup();
  });
  return stage;
}
