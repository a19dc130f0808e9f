import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { runCli } from './run-cli.js';

/* `liaison newsletter compose` writes the issue for review; `send` enqueues it once per address. */
let db: TempDatabase;
let server: RunningServer;
let folder: string;

beforeAll(async () => {
  db = await tempDatabase();
  server = await startServer({ port: 0, host: '127.0.0.1', widgetsDir: null, demoDir: null, ...db.location });
  folder = await mkdtemp(join(tmpdir(), 'newsletter-'));
});
afterAll(async () => {
  await server?.close();
  await db?.cleanup();
  await rm(folder, { recursive: true, force: true });
});

describe('liaison newsletter', { timeout: 60_000 }, () => {
  it('compose writes html, text and json in six languages; send needs the secret and enqueues once', async () => {
    const composed = await runCli(['newsletter', 'compose', '2026-11', '--out', folder], db.env);
    expect(composed.status, composed.stderr).toBe(0);
    expect((await readdir(folder)).sort()).toHaveLength(18);
    expect(await readFile(join(folder, 'ar.html'), 'utf8')).toContain('dir="rtl"');
    expect((await runCli(['newsletter', 'compose', '2026-13'], db.env)).status).toBe(2);
    expect((await runCli(['newsletter', 'send', '2026-11'], db.env)).status).toBe(1);
    const env = { ...db.env, LIAISON_SECRET: 'cli-secret', PUBLIC_URL: 'https://liaison.example' };
    const sent = await runCli(['newsletter', 'send', '2026-11'], env);
    expect(sent.status, sent.stderr).toBe(0);
    const first = JSON.parse(sent.stdout) as { recipients: number; enqueued: number };
    expect(first.enqueued).toBe(first.recipients);
    const again = JSON.parse((await runCli(['newsletter', 'send', '2026-11'], env)).stdout) as { enqueued: number };
    expect(again.enqueued).toBe(0);
  });
});
