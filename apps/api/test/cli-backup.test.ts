import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase, tempSqliteDatabase, testBackend, type TempDatabase } from '../src/testing/temp-database.js';
import { everyRow, runCli } from './run-cli.js';
import { bearer, issueTestToken } from './credentials.js';

const noStatic = { widgetsDir: null, demoDir: null } as const;
const dir = mkdtempSync(join(tmpdir(), 'liaison-backup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rowsOf(db: TempDatabase): Promise<Record<string, unknown[]>> {
  const connection = await db.connect();
  try {
    return await everyRow(connection);
  } finally {
    await connection.destroy();
  }
}

/**
 * Accounts and a write history for the backup to carry: a Secretariat and an editor with
 * tokens, an editor's pending revision, a published change and a decision (each with its audit
 * entry); an action submitted, feedback sent, a recommendation recorded (with their inbox
 * items), an inbox item marked read, a suppressed mail address and mail preferences.
 */
async function writeHistory(server: RunningServer): Promise<void> {
  const id = 'demo-lanternfish-literacy-network';
  const secretariat = await issueTestToken(server.storage, [{ role: 'secretariat' }]);
  const editor = await issueTestToken(server.storage, [{ role: 'ngo-editor', organization: id }]);
  const committee = await issueTestToken(server.storage, [{ role: 'liaison-committee' }]);
  const send = async (token: string, method: string, path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...bearer(token), 'content-type': method === 'PATCH' ? 'application/merge-patch+json' : 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { items?: { id: string }[] };
  };
  const programme = 'demo-coastal-literacy-initiative';
  await send(editor.token, 'POST', '/v1/actions', { actor: { kind: 'organization', organization: id }, programme, title: { en: 'Kept' }, countries: ['NG'], period: { start: '2026-10-01' }, outcomes: [] });
  await send(editor.token, 'POST', '/v1/feedback', { organization: id, programme, subject: 'Kept', text: 'Kept in the backup.', language: 'en' });
  // A hearing request on the fictional next NGP session: hearings has a row.
  await send(editor.token, 'POST', '/v1/hearings', { session: 'demo-ngp-next', agendaItem: '1', organization: id, statement: 'Kept in the backup.', language: 'en' });
  // An answer to the fictional sample consultation (open on a fresh database): consultation_responses has a row.
  await send(editor.token, 'PUT', '/v1/consultations/cons-demo-literacy-priorities/responses/mine', { organization: id, answers: { focus: 'women', order: ['books', 'teachers', 'places'] } });
  // A meeting asked of France's National Commission, and the editor's private calendar feed: meetings and calendar_feeds have rows.
  const commission = await issueTestToken(server.storage, [{ role: 'member-state', country: 'FR', via: 'national-commission' }]);
  const slot = new Date(Date.now() + 30 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const slotEnd = new Date(Date.parse(slot) + 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  await send(editor.token, 'POST', '/v1/meetings', { as: 'ngo', organization: id, country: 'FR', counterpart: commission.personId, subject: 'Kept', language: 'en', slots: [{ start: slot, end: slotEnd, zone: 'Europe/Paris' }] });
  await send(editor.token, 'POST', '/v1/me/calendar-feed', {});
  // A forum theme proposed by a Member State, supported by an NGO and chosen, and a phase registration: the forum-theme tables have rows.
  const kenya = await issueTestToken(server.storage, [{ role: 'member-state', country: 'KE', via: 'delegation' }]);
  const forum = 'demo-baobab-youth-forum';
  const theme = (await send(kenya.token, 'POST', `/v1/events/${forum}/forum-themes`, { title: { en: 'Kept' }, description: {} })) as unknown as { id: string };
  await send(editor.token, 'POST', `/v1/forum-themes/${theme.id}/support`, {});
  await send(secretariat.token, 'POST', `/v1/events/${forum}/forum-theme-choice`, { theme: theme.id, reasons: { en: 'Kept in the backup.' } });
  await send(kenya.token, 'POST', `/v1/events/${forum}/phase-registrations`, { phase: 'financing', role: 'funder' });
  await send(committee.token, 'POST', '/v1/recommendations', { event: 'icngo-2018', text: { en: 'Kept' }, themes: [], sectors: [], countries: [], addressees: [{ kind: 'liaison-committee' }] });
  const inbox = await fetch(`${server.url}/v1/inbox`, { headers: bearer(committee.token) }).then((r) => r.json() as Promise<{ items: { id: string }[] }>);
  await send(committee.token, 'POST', '/v1/inbox/read', { items: inbox.items.map((item) => item.id), read: true });
  const etag = async () => (await fetch(`${server.url}/v1/organizations/${id}`, { headers: bearer(secretariat.token) })).headers.get('etag')!;
  await send(editor.token, 'PATCH', `/v1/organizations/${id}`, { founded: 1991 }, { 'if-match': await etag() });
  await send(secretariat.token, 'PATCH', `/v1/organizations/${id}`, { website: 'https://lanternfish.example.org/backup' }, { 'if-match': await etag() });
  await send(secretariat.token, 'POST', `/v1/organizations/${id}/decisions`, {
    kind: 'suspension',
    decidedBy: 'EB',
    decisionRef: 'BACKUP/1',
    date: '2026-11-30',
    evidence: [{ source: 'unesco-decision', url: 'https://www.unesco.org/en/example', asOf: '2026-12-01' }],
  });
  // An address that bounced hard stays unmailed after a restore.
  await server.storage.db.insertInto('mail_suppressions').values({ address: 'gone@example.org', reason: 'hard-bounce', at: '2026-12-01T10:00:00.000Z' }).execute();
  await send(editor.token, 'PUT', '/v1/me/mail-preferences', { notices: false, digest: 'weekly', language: 'fr' });
}

/** Requests a client would make, over and over until stopped; every answer must be a 200. */
function serveRequests(server: RunningServer): { stop: () => Promise<number> } {
  const paths = ['/v1/organizations?q=museum', '/v1/organizations', '/v1/events', '/v1/programmes', '/v1/organizations.csv', '/readyz'];
  let running = true;
  let served = 0;
  const loop = (async () => {
    while (running) {
      for (const path of paths) {
        const response = await fetch(`${server.url}${path}`);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status} during the backup`);
        served++;
      }
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return served;
    },
  };
}

describe('liaison backup / restore', { timeout: 60_000 }, () => {
  // Each test runs the built command line several times (~1 s each alone, more when the suite loads both cores).
  let source: TempDatabase;
  let server: RunningServer;
  const targets: TempDatabase[] = [];
  beforeAll(async () => {
    source = await tempDatabase();
    server = await startServer({ port: 0, host: '127.0.0.1', ...source.location, ...noStatic });
  });
  afterAll(async () => {
    await server?.close();
    await source?.cleanup();
    for (const target of targets) await target.cleanup();
  });
  const newTarget = async (make: () => Promise<TempDatabase> = tempDatabase) => {
    const target = await make();
    targets.push(target);
    return target;
  };

  it('backs up while the server serves requests; restored into an empty database, every table is equal row by row', async () => {
    await writeHistory(server);
    const file = join(dir, 'serving.jsonl');
    const load = serveRequests(server);
    await sleep(200);
    const backup = await runCli(['backup', file], source.env);
    const served = await load.stop();
    expect(backup.status, backup.stderr).toBe(0);
    expect(served).toBeGreaterThan(0);
    expect(backup.stdout).toContain(`organizations: ${server.seeded} rows`);

    const target = await newTarget();
    const restore = await runCli(['restore', file], target.env);
    expect(restore.status, restore.stderr).toBe(0);
    const expected = await rowsOf(source);
    expect(Object.values(expected).every((rows) => rows.length > 0)).toBe(true); // every table has rows to compare
    expect(await rowsOf(target)).toEqual(expected);

    // Not over data: the database is not empty any more; nothing changes.
    const again = await runCli(['restore', file], target.env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(
      /\nliaison restore: .*the database is not empty \(organizations: \d+, .*restore --replace replaces everything in it; nothing was restored\n$/
    );
    expect(await rowsOf(target)).toEqual(expected);

    // --replace: what the target holds is replaced by the backup, in one transaction.
    const connection = await target.connect();
    try {
      await connection
        .deleteFrom('organizations')
        .where('id', '=', (expected.organizations![0] as { id: string }).id)
        .execute();
      await connection.insertInto('organizations').values({ id: 'only-in-target', sort_name: 'only', data: '{}' }).execute();
    } finally {
      await connection.destroy();
    }
    const replace = await runCli(['restore', file, '--replace'], target.env);
    expect(replace.status, replace.stderr).toBe(0);
    expect(await rowsOf(target)).toEqual(expected);
  });

  it('is one moment of the database: rows written together in one transaction are in it together', async () => {
    // A writer updates an organisation and a programme in one transaction, again and again,
    // while the backup reads the organisations first and the programmes later.
    const rows = await rowsOf(source);
    const organization = (rows.organizations![0] as { id: string }).id;
    const programme = (rows.programmes![0] as { id: string }).id;
    const writer = await source.connect();
    let writes = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        const mark = `mark-${++writes}`;
        await writer.transaction().execute(async (trx) => {
          await trx.updateTable('organizations').set({ created_at: mark }).where('id', '=', organization).execute();
          await trx.updateTable('programmes').set({ created_at: mark }).where('id', '=', programme).execute();
        });
        await sleep(1); // let the child process's events through (SQLite writes are synchronous)
      }
    })();
    try {
      await expect.poll(() => writes, { timeout: 5_000 }).toBeGreaterThan(3);
      const file = join(dir, 'writing.jsonl');
      const startedAt = writes;
      const backup = await runCli(['backup', file], source.env);
      expect(backup.status, backup.stderr).toBe(0);
      expect(writes).toBeGreaterThan(startedAt); // the writer kept writing while the backup ran
      const lines = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { table?: string; row?: { id: string; created_at: string } });
      const markOf = (table: string, id: string) => lines.find((line) => line.table === table && line.row?.id === id)?.row?.created_at;
      expect(markOf('organizations', organization)).toMatch(/^mark-\d+$/);
      expect(markOf('programmes', programme)).toBe(markOf('organizations', organization));
    } finally {
      writing = false;
      await loop;
      await writer.destroy();
    }
  });

  it('refuses a backup cut short, and a file that is not a backup, naming the problem; nothing is written', async () => {
    const file = join(dir, 'serving.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(cut, `${lines.slice(0, -5).join('\n')}\n`);
    const target = await newTarget();
    const run = await runCli(['restore', cut], target.env);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the backup has no end line: it was cut short');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const csv = await runCli(['restore', join(dir, 'missing.jsonl')], target.env);
    expect(csv.status).toBe(1);
    expect(csv.stderr).toContain('cannot read');
    expect(await target.holdsNoData()).toBe(true);
  });

  it.runIf(testBackend() === 'postgres')('restores across backends: PostgreSQL into SQLite and back, row for row', async () => {
    const fromPostgres = join(dir, 'postgres.jsonl');
    expect((await runCli(['backup', fromPostgres], source.env)).status).toBe(0);
    const sqlite = await newTarget(async () => tempSqliteDatabase());
    const intoSqlite = await runCli(['restore', fromPostgres], sqlite.env);
    expect(intoSqlite.status, intoSqlite.stderr).toBe(0);
    const expected = await rowsOf(source);
    expect(await rowsOf(sqlite)).toEqual(expected);

    const fromSqlite = join(dir, 'sqlite.jsonl');
    expect((await runCli(['backup', fromSqlite], sqlite.env)).status).toBe(0);
    const postgres = await newTarget();
    const intoPostgres = await runCli(['restore', fromSqlite], postgres.env);
    expect(intoPostgres.status, intoPostgres.stderr).toBe(0);
    expect(await rowsOf(postgres)).toEqual(expected);
  });
});
