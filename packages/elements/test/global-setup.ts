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
    /** Bearer tokens of people on the real server (a Secretariat member, the Kite and Compass Archives' editor, the Education Sector's focal point); '' without them. */
    apiTokens: { secretariat: string; editor: string; sector: string };
    /** Why the write-path test against the real server is skipped ('' when it runs). */
    apiWritesUnavailable: string;
    /** Why the action and feedback tests against the real server are skipped ('' when they run). */
    apiDialogueUnavailable: string;
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
    // The test page's origin may write across origins (CORS_WRITE_ORIGINS), as a partner's would.
    const port = project.config.browser?.api?.port ?? 63315;
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      dbFile: join(dir, 'liaison.db'),
      localInvitation: false,
      corsWriteOrigins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    });
    close = () => server.close();
    project.provide('apiBase', `${server.url}/v1`);
    project.provide('apiUnavailable', '');
    await provideWriteAccess(project, server);
  } catch (error) {
    // The API is a sibling package: without its dist (cd apps/api && npx tsup) only the
    // contract test is skipped, with the reason, instead of failing every test.
    project.provide('apiBase', '');
    project.provide('apiUnavailable', String((error as Error)?.message ?? error));
    project.provide('apiTokens', { secretariat: '', editor: '', sector: '' });
    project.provide('apiWritesUnavailable', 'no server');
    project.provide('apiDialogueUnavailable', 'no server');
  }
  return async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  };
}

type Server = Awaited<ReturnType<(typeof import('@ngo-liaison/api'))['startServer']>>;

/**
 * People with bearer tokens, made through the server's own account storage (what
 * `liaison tokens create` does): a Secretariat member, the editor of the fictional Kite and
 * Compass Archives and the Education Sector's focal point. The write tests run only where the
 * server has the routes they use.
 */
async function provideWriteAccess(project: TestProject, server: Server): Promise<void> {
  project.provide('apiTokens', { secretariat: '', editor: '', sector: '' });
  const dialogue = await fetch(`${server.url}/v1/feedback`, { method: 'POST', body: '{}' });
  project.provide('apiDialogueUnavailable', dialogue.status === 404 || dialogue.status === 405 ? `the server has no POST /v1/feedback yet (HTTP ${dialogue.status})` : '');
  const probe = await fetch(`${server.url}/v1/organizations/demo-lanternfish-literacy-network`, { method: 'PATCH', body: '{}' });
  if (probe.status === 404 || probe.status === 405) {
    project.provide('apiWritesUnavailable', `the server has no PATCH /v1/organizations/{id} yet (HTTP ${probe.status})`);
    return;
  }
  const { accounts } = server.storage;
  const expiresAt = new Date(Date.now() + 86_400_000);
  const person = async (displayName: string, roles: Parameters<typeof accounts.grantRoles>[1]) => {
    const id = await accounts.createPerson({ displayName });
    await accounts.grantRoles(id, roles);
    return (await accounts.issueToken(id, { label: 'elements tests', expiresAt })).token;
  };
  project.provide('apiTokens', {
    secretariat: await person('Amina (Secretariat)', [{ role: 'secretariat' }]),
    // An organisation no other server test reads: the test changes its name.
    editor: await person('Kite and Compass editor', [{ role: 'ngo-editor', organization: 'demo-kite-and-compass-archives' }]),
    sector: await person('Education Sector focal point', [{ role: 'sector', sector: 'ED' }]),
  });
  project.provide('apiWritesUnavailable', '');
}
