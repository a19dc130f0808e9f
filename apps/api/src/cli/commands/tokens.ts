import { TOKEN_MAX_DAYS, roleKey } from '@ngo-liaison/core';
import { openStorage, type Storage } from '../../storage/storage.js';
import { CommandFailed } from '../cli-errors.js';
import type { Command, CommandContext } from '../command.js';
import { requireExisting } from '../existing-database.js';
import { GRANT_HELP, GRANT_OPTIONS, boundedInteger, grantFromFlags, requireGrantTargets } from '../grant-flags.js';
import { DEFAULT_TOKEN_DAYS } from '../../routes/tokens.js';

async function withStorage<T>(location: CommandContext['location'], work: (storage: Storage) => Promise<T>): Promise<T> {
  requireExisting(location);
  const storage = await openStorage(location);
  try {
    return await work(storage);
  } finally {
    await storage.close();
  }
}

export const tokensCreateCommand: Command = {
  name: 'tokens create',
  summary: 'create a program account with one role and print its bearer token (shown once)',
  help: `liaison tokens create --role <role> [scope] [--label <text>] [--expires-in-days N] [--json]

Creates a program account (a person named "Program: <label>", with no e-mail or password)
holding the role, and a bearer token for it, valid --expires-in-days (default ${DEFAULT_TOKEN_DAYS}, at most
${TOKEN_MAX_DAYS}). The token is printed once on standard output and stored only as a hash: keep it in
the program's secret store. With --json, one JSON object: {"token", "id", "personId", "expiresAt", "role"}.

${GRANT_HELP}`,
  arguments: [],
  options: { ...GRANT_OPTIONS, label: { type: 'string' }, 'expires-in-days': { type: 'string' }, json: { type: 'boolean' } },
  async run({ values, location, out, note }) {
    const grant = grantFromFlags(values);
    const days = boundedInteger(values, 'expires-in-days', DEFAULT_TOKEN_DAYS, TOKEN_MAX_DAYS);
    const label = typeof values.label === 'string' && values.label.trim() ? values.label.trim() : `command line ${roleKey(grant)}`;
    await withStorage(location, async (storage) => {
      await requireGrantTargets(storage, grant);
      const now = new Date();
      const personId = await storage.accounts.createPerson({ displayName: `Program: ${label}` }, now);
      await storage.accounts.grantRoles(personId, [grant]);
      const { id, token, expiresAt } = await storage.accounts.issueToken(personId, { label, expiresAt: new Date(now.getTime() + days * 86_400_000), now });
      if (values.json) {
        await out(`${JSON.stringify({ token, id, personId, expiresAt, role: grant, label })}\n`);
      } else {
        note(`Created a program account (${personId}) with ${roleKey(grant)}; its token is shown once, below.`);
        await out(`${token}\n`);
        note(`Token id ${id}, expires ${expiresAt}. Send it as "Authorization: Bearer <token>"; revoke with: liaison tokens revoke ${id}`);
      }
    });
  },
};

export const tokensListCommand: Command = {
  name: 'tokens list',
  summary: 'list bearer tokens (never the tokens themselves)',
  help: `liaison tokens list [--json]

Lists every bearer token: id, holder, label, creation, expiry, last use and revocation. With
--json, one JSON array.`,
  arguments: [],
  options: { json: { type: 'boolean' } },
  async run({ values, location, out }) {
    await withStorage(location, async (storage) => {
      const tokens = await storage.accounts.listTokens();
      if (values.json) return out(`${JSON.stringify(tokens)}\n`);
      const names = new Map((await storage.accounts.people()).map((person) => [person.id, person.displayName]));
      const state = (t: (typeof tokens)[number]) => (t.revokedAt ? `revoked ${t.revokedAt}` : t.expiresAt <= new Date().toISOString() ? 'expired' : 'active');
      const lines = tokens.map((t) => [t.id, names.get(t.personId) ?? t.personId, t.label, `expires ${t.expiresAt}`, `last used ${t.lastUsedAt ?? 'never'}`, state(t)].join('\t'));
      return out(tokens.length ? `${lines.join('\n')}\n` : 'No tokens.\n');
    });
  },
};

export const tokensRevokeCommand: Command = {
  name: 'tokens revoke',
  summary: 'revoke a bearer token by its id (fails on every node at once)',
  help: `liaison tokens revoke <id>

Revokes the token with this id (see "liaison tokens list"). Every node refuses it from its
next request.`,
  arguments: ['id'],
  argumentKind: 'text',
  options: {},
  async run({ positionals, location, out }) {
    const [id = ''] = positionals;
    await withStorage(location, async (storage) => {
      const token = await storage.accounts.token(id);
      if (!token) throw new CommandFailed(`no token with id "${id}" (see liaison tokens list)`);
      if (!(await storage.accounts.revokeToken(id, null))) return out(`Token ${id} was already revoked (${token.revokedAt}).\n`);
      return out(`Revoked token ${id} (${token.label}).\n`);
    });
  },
};
