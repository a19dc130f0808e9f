import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { runCli } from './run-cli.js';

/* `liaison consultations export <id>`: the free-text answers given over HTTP, as CSV on standard output. */
let db: TempDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await tempDatabase();
  server = await startServer({ port: 0, host: '127.0.0.1', widgetsDir: null, demoDir: null, ...db.location });
});
afterAll(async () => {
  await server?.close();
  await db?.cleanup();
});

const token = async (args: string[]) => (JSON.parse((await runCli(['tokens', 'create', ...args, '--json'], db.env)).stdout) as { token: string }).token;
const call = (method: string, path: string, bearer: string, body: unknown) =>
  fetch(`${server.url}${path}`, { method, headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('liaison consultations export', { timeout: 60_000 }, () => {
  it('writes the free-text answers as CSV; an unknown id fails with 1', async () => {
    const sector = await token(['--role', 'sector', '--sector', 'ED', '--label', 'ed']);
    const editor = await token(['--role', 'ngo-editor', '--organization', 'demo-lanternfish-literacy-network', '--label', 'ngo']);
    const created = await call('POST', '/v1/consultations', sector, {
      title: { en: 'Literacy' },
      owner: { kind: 'sector', sector: 'ED' },
      audience: { kind: 'organizations', organizations: ['demo-lanternfish-literacy-network'] },
      questions: [{ key: 'say', kind: 'free-text', prompt: { en: 'Anything else?' } }],
      opensAt: new Date(Date.now() - 3_600_000).toISOString(),
      closesAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await call('PUT', `/v1/consultations/${id}/responses/mine`, editor, { answers: { say: '=cmd|more books' } })).status).toBe(200);

    const exported = await runCli(['consultations', 'export', id], db.env);
    expect(exported.status, exported.stderr).toBe(0);
    const lines = exported.stdout.split('\r\n');
    expect(lines[0]).toBe('\uFEFFrespondent,question,prompt,answer,updatedAt');
    expect(lines[1]).toMatch(/^organization:demo-lanternfish-literacy-network,say,Anything else\?,'=cmd\|more books,\d{4}-/);
    const unknown = await runCli(['consultations', 'export', 'cons-none'], db.env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('cons-none');
  });
});
