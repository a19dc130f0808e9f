import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/index.js';
import { tempDatabase, type TempDatabase } from '../src/testing/temp-database.js';
import { runCli } from './run-cli.js';

/*
 * The command line and a running server on one database: a token the command line creates
 * works over HTTP at once, and one it revokes fails at once.
 */
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

const whoAmI = (token: string) => fetch(`${server.url}/v1/session`, { headers: { authorization: `Bearer ${token}` } });

describe('liaison tokens and invite', { timeout: 60_000 }, () => {
  it('tokens create --json → one JSON object whose token works over HTTP; tokens list shows it (never the token); tokens revoke stops it', async () => {
    const created = await runCli(['tokens', 'create', '--role', 'ngo-editor', '--organization', 'icom', '--label', 'icom sync', '--json'], db.env);
    expect(created.status, created.stderr).toBe(0);
    const output = JSON.parse(created.stdout) as { token: string; id: string; personId: string; expiresAt: string };
    expect(created.stdout.trim().split('\n')).toHaveLength(1);
    expect(output).toMatchObject({ token: expect.stringMatching(/^lia_[\w-]{43}$/), id: expect.any(String), personId: expect.any(String) });
    expect(created.stderr).not.toContain(output.token.slice(4));

    const me = await whoAmI(output.token);
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ person: { id: output.personId, displayName: 'Program: icom sync' }, roles: [{ role: 'ngo-editor', organization: 'icom' }] });

    const listed = await runCli(['tokens', 'list'], db.env);
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${output.id}\\tProgram: icom sync\\ticom sync\\t.*\\tactive$`, 'm'));
    expect(listed.stdout + listed.stderr).not.toContain(output.token.slice(4));
    const json = JSON.parse((await runCli(['tokens', 'list', '--json'], db.env)).stdout) as { id: string; lastUsedAt: string | null }[];
    expect(json.find((t) => t.id === output.id)?.lastUsedAt).not.toBeNull();

    const revoked = await runCli(['tokens', 'revoke', output.id], db.env);
    expect(revoked.status, revoked.stderr).toBe(0);
    expect(revoked.stdout).toBe(`Revoked token ${output.id} (icom sync).\n`);
    expect((await whoAmI(output.token)).status).toBe(401);
    expect((await runCli(['tokens', 'list'], db.env)).stdout).toMatch(new RegExp(`^${output.id}\\t.*\\trevoked \\S+$`, 'm'));
    const unknown = await runCli(['tokens', 'revoke', 'no-such-id'], db.env);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toBe('liaison tokens revoke: no token with id "no-such-id" (see liaison tokens list)\n');
  });

  it('without --json prints only the token on standard output; member-state defaults to its delegation', async () => {
    const created = await runCli(['tokens', 'create', '--role', 'member-state', '--country', 'fr'], db.env);
    expect(created.status, created.stderr).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^lia_[\w-]{43}$/);
    expect(created.stderr).not.toContain(token.slice(4));
    expect(await (await whoAmI(token)).json()).toMatchObject({ roles: [{ role: 'member-state', country: 'FR', via: 'delegation' }] });
  });

  it('refuses flags that do not fit the role, with a message naming the flag (exit 2), and an unknown organisation (exit 1)', async () => {
    const cases: [string[], number, string][] = [
      [['tokens', 'create'], 2, '--role is required'],
      [['tokens', 'create', '--role', 'admin'], 2, '--role must be one of secretariat, liaison-committee, sector, field-office, ngo-editor, member-state, got "admin"'],
      [['tokens', 'create', '--role', 'sector'], 2, '--role sector needs --sector'],
      [['tokens', 'create', '--role', 'secretariat', '--sector', 'ED'], 2, '--sector does not apply to --role secretariat'],
      [['tokens', 'create', '--role', 'sector', '--sector', 'XX'], 2, '--sector "XX"'],
      [['tokens', 'create', '--role', 'member-state', '--country', 'FR', '--via', 'embassy'], 2, '--via "embassy": must be one of delegation, national-commission'],
      [['tokens', 'create', '--role', 'secretariat', '--expires-in-days', '400'], 2, '--expires-in-days must be a whole number from 1 to 365, got "400"'],
      [['tokens', 'create', '--role', 'ngo-editor', '--organization', 'no-such-ngo'], 1, 'no organisation with id "no-such-ngo"'],
    ];
    for (const [args, status, message] of cases) {
      const run = await runCli(args, db.env);
      expect(run.status, args.join(' ')).toBe(status);
      expect(run.stderr, args.join(' ')).toContain(message);
      expect(run.stdout).toBe('');
    }
  });

  it('invite prints a one-time link that accepts once', async () => {
    const run = await runCli(['invite', '--role', 'liaison-committee', '--email', 'lc@example.org'], { ...db.env, PUBLIC_URL: server.url });
    expect(run.status, run.stderr).toBe(0);
    const link = run.stdout.trim();
    expect(link).toMatch(new RegExp(`^${server.url}/sign-in#invitation=liv_[\\w-]{43}$`));
    const secret = new URL(link).hash.slice('#invitation='.length);
    const accept = () =>
      fetch(`${server.url}/v1/invitations/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ secret, displayName: 'L C', email: 'lc@example.org', password: 'long enough password' }),
      });
    expect((await accept()).status).toBe(201);
    expect((await accept()).status).toBe(400);
  });
});
