/// <reference types="node" />
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the real API server's /v1 for contract tests; '' when it could not start. */
    apiBase: string;
    /** Why the real server is missing, shown by the skipped test. */
    apiUnavailable: string;
  }
}

/**
 * Starts the reference API server (Node side) on a free port with a throwaway SQLite file,
 * so browser tests can load real sample data over HTTP, CORS included.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = mkdtempSync(join(tmpdir(), 'liaison-elements-'));
  let close = async () => {};
  try {
    const { startServer } = await import('@ngo-liaison/api');
    const server = await startServer({ port: 0, host: '127.0.0.1', dbFile: join(dir, 'liaison.db') });
    close = () => server.close();
    project.provide('apiBase', `${server.url}/v1`);
    project.provide('apiUnavailable', '');
  } catch (error) {
    // The API is a sibling package: without its dist (cd apps/api && npx tsup) only the
    // contract test is skipped, with the reason, instead of failing every test.
    project.provide('apiBase', '');
    project.provide('apiUnavailable', String((error as Error)?.message ?? error));
  }
  return async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
}
