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
 * fields are set once `beforeAll` has run: read them inside the tests.
 */
export function useTwoNodes(backend: string): TwoNodes {
  const stage = {} as TwoNodes;
  beforeAll(async () => {
    stage.database = backend === 'postgres' ? await tempPostgresDatabase(POSTGRES_URL!) : tempSqliteDatabase();
    stage.first = await startNodeProcess({ ...stage.database.env, CHANGE_POLL_MS: '100' });
    stage.second = await startNodeProcess({ ...stage.database.env, CHANGE_POLL_MS: '100' });
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
