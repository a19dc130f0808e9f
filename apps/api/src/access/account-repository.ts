import type { Kysely, Selectable } from 'kysely';
import { RoleGrant, roleKey, type Principal } from '@ngo-liaison/core';
import type { AccessTokensTable, Database } from '../storage/schema.js';
import { looksLikeSecret, newId, newSecret, secretHash } from './secrets.js';

export type SignedIn = Extract<Principal, { kind: 'person' }>;

/** Why a bearer token was refused (the 401's detail says which). */
export type TokenRefusal = 'invalid' | 'expired' | 'revoked';

/** A token as its holder and the Secretariat see it: never the secret, which is shown once. */
export interface TokenSummary {
  id: string;
  personId: string;
  label: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface PersonRecord {
  id: string;
  displayName: string;
  email: string | null;
  createdAt: string;
  disabledAt: string | null;
  roles: RoleGrant[];
}

/** Thrown inside setRoles' transaction to undo it. */
class LastSecretariat extends Error {}

/** How often a token's last use is written: at most once a minute, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export const TOKEN_PREFIX = 'lia_';

/**
 * People, their roles and their bearer tokens. Every verification reads the database (one
 * indexed lookup): nothing is cached on a node, so a revocation or an expiry holds on every
 * node at the next request.
 */
export class AccountRepository {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  async createPerson(
    person: { displayName: string; email?: string | null; passwordHash?: string | null },
    now: Date = new Date(),
    db: Kysely<Database> = this.#db
  ): Promise<string> {
    const id = newId();
    await db
      .insertInto('people')
      .values({ id, display_name: person.displayName, email: person.email ?? null, password_hash: person.passwordHash ?? null, created_at: now.toISOString(), disabled_at: null })
      .execute();
    return id;
  }

  /** Adds `roles` to what the person holds (a grant already held is left as it is). */
  async grantRoles(personId: string, roles: readonly RoleGrant[], db: Kysely<Database> = this.#db): Promise<void> {
    for (const grant of roles) {
      await db
        .insertInto('role_grants')
        .values({ person_id: personId, role_key: roleKey(grant), grant: JSON.stringify(grant) })
        .onConflict((oc) => oc.columns(['person_id', 'role_key']).doNothing())
        .execute();
    }
  }

  /**
   * Replaces every role of `personId` by `roles`, in one transaction; 'last-secretariat' (and
   * nothing changed) when that would leave nobody enabled holding the Secretariat role.
   */
  async setRoles(personId: string, roles: readonly RoleGrant[]): Promise<'done' | 'last-secretariat'> {
    return this.#db.transaction().execute(async (trx) => {
      await trx.deleteFrom('role_grants').where('person_id', '=', personId).execute();
      await this.grantRoles(personId, roles, trx);
      const keeper = await trx
        .selectFrom('role_grants')
        .innerJoin('people', 'people.id', 'role_grants.person_id')
        .select('people.id')
        .where('role_grants.role_key', '=', 'secretariat')
        .where('people.disabled_at', 'is', null)
        .limit(1)
        .executeTakeFirst();
      if (!keeper) throw new LastSecretariat();
      return 'done' as const;
    }).catch((error: unknown) => {
      if (error instanceof LastSecretariat) return 'last-secretariat' as const;
      throw error;
    });
  }

  async rolesOf(personId: string): Promise<RoleGrant[]> {
    const rows = await this.#db.selectFrom('role_grants').select('grant').where('person_id', '=', personId).orderBy('role_key').execute();
    return rows.map((row) => RoleGrant.parse(JSON.parse(row.grant)));
  }

  async person(personId: string): Promise<PersonRecord | undefined> {
    const row = await this.#db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, displayName: row.display_name, email: row.email, createdAt: row.created_at, disabledAt: row.disabled_at, roles: await this.rolesOf(row.id) };
  }

  async people(): Promise<PersonRecord[]> {
    const rows = await this.#db.selectFrom('people').select('id').orderBy('created_at').orderBy('id').execute();
    const people: PersonRecord[] = [];
    for (const { id } of rows) people.push((await this.person(id))!);
    return people;
  }

  async personByEmail(email: string): Promise<{ id: string; passwordHash: string | null; disabledAt: string | null } | undefined> {
    const row = await this.#db.selectFrom('people').select(['id', 'password_hash', 'disabled_at']).where('email', '=', email).executeTakeFirst();
    return row && { id: row.id, passwordHash: row.password_hash, disabledAt: row.disabled_at };
  }

  /** The principal of an enabled person, proved by `credential`; undefined when the person is gone or disabled. */
  async principal(personId: string, credential: SignedIn['credential']): Promise<SignedIn | undefined> {
    const row = await this.#db.selectFrom('people').select(['display_name', 'disabled_at']).where('id', '=', personId).executeTakeFirst();
    if (!row || row.disabled_at) return undefined;
    return { kind: 'person', personId, displayName: row.display_name, roles: await this.rolesOf(personId), credential };
  }

  /** A new bearer token for `personId`: the secret is returned here once and stored only as a hash. */
  async issueToken(personId: string, { label, expiresAt, now = new Date() }: { label: string; expiresAt: Date; now?: Date }): Promise<{ id: string; token: string; expiresAt: string }> {
    const id = newId();
    const token = newSecret(TOKEN_PREFIX);
    await this.#db
      .insertInto('access_tokens')
      .values({
        id,
        person_id: personId,
        token_hash: secretHash(token),
        label,
        created_at: now.toISOString(),
        expires_at: expiresAt.toISOString(),
        last_used_at: null,
        revoked_at: null,
        revoked_by: null,
      })
      .execute();
    return { id, token, expiresAt: expiresAt.toISOString() };
  }

  /** Who `token` proves, or why it proves nobody. Records the token's use (at most once a minute). */
  async verifyToken(token: string, now: Date = new Date()): Promise<SignedIn | TokenRefusal> {
    if (!looksLikeSecret(token, TOKEN_PREFIX)) return 'invalid';
    const row = await this.#db
      .selectFrom('access_tokens')
      .select(['id', 'person_id', 'expires_at', 'revoked_at', 'last_used_at'])
      .where('token_hash', '=', secretHash(token))
      .executeTakeFirst();
    if (!row) return 'invalid';
    if (row.revoked_at) return 'revoked';
    if (row.expires_at <= now.toISOString()) return 'expired';
    const principal = await this.principal(row.person_id, { kind: 'token', id: row.id });
    if (!principal) return 'revoked'; // the person was disabled: their tokens stop with them
    if (!row.last_used_at || Date.parse(row.last_used_at) <= now.getTime() - LAST_USED_RESOLUTION_MS) {
      await this.#db.updateTable('access_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
    }
    return principal;
  }

  async token(id: string): Promise<TokenSummary | undefined> {
    const row = await this.#db.selectFrom('access_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return row && tokenSummary(row);
  }

  /** Tokens of `personId`, or of everyone; newest first. */
  async listTokens({ personId }: { personId?: string } = {}): Promise<TokenSummary[]> {
    let query = this.#db.selectFrom('access_tokens').selectAll();
    if (personId) query = query.where('person_id', '=', personId);
    const rows = await query.orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(tokenSummary);
  }

  /** Revokes token `id` (true), or says it was unknown or already revoked (false). */
  async revokeToken(id: string, revokedBy: string | null, now: Date = new Date()): Promise<boolean> {
    const result = await this.#db
      .updateTable('access_tokens')
      .set({ revoked_at: now.toISOString(), revoked_by: revokedBy })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

function tokenSummary(row: Selectable<AccessTokensTable>): TokenSummary {
  return {
    id: row.id,
    personId: row.person_id,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
