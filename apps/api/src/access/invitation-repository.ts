import type { Kysely } from 'kysely';
import { RoleGrant } from '@ngo-liaison/core';
import * as z from 'zod/mini';
import type { Database } from '../storage/schema.js';
import type { AccountRepository } from './account-repository.js';
import { looksLikeSecret, newId, newSecret, secretHash } from './secrets.js';

export const INVITATION_PREFIX = 'liv_';
export const DEFAULT_INVITATION_HOURS = 48;

export type InvitationRefusal = 'invalid' | 'expired' | 'used' | 'email-taken';

/** The link the invited person opens: the secret rides in the fragment, which browsers never send to a server. */
export const invitationLink = (origin: string, secret: string): string => `${origin.replace(/\/+$/, '')}/sign-in#invitation=${secret}`;

/**
 * One-time invitations. Accepting one creates the person with the invitation's roles, in one
 * transaction with marking it used: two acceptances of the same link cannot both succeed.
 */
export class InvitationRepository {
  readonly #db: Kysely<Database>;
  readonly #accounts: AccountRepository;

  constructor(db: Kysely<Database>, accounts: AccountRepository) {
    this.#db = db;
    this.#accounts = accounts;
  }

  async create(
    invitation: { email?: string | null; displayName?: string | null; roles: readonly RoleGrant[]; createdBy: string | null; expiresAt: Date },
    now: Date = new Date(),
    /** Runs in the invitation's transaction (the mail that carries the link): both are written, or neither. */
    alongside?: (created: { id: string; secret: string; expiresAt: string }, trx: Kysely<Database>) => Promise<unknown>
  ): Promise<{ id: string; secret: string; expiresAt: string }> {
    const id = newId();
    const secret = newSecret(INVITATION_PREFIX);
    const created = { id, secret, expiresAt: invitation.expiresAt.toISOString() };
    if (alongside) {
      await this.#db.transaction().execute(async (trx) => {
        await this.#insert(trx, id, secret, invitation, now);
        await alongside(created, trx);
      });
      return created;
    }
    await this.#insert(this.#db, id, secret, invitation, now);
    return created;
  }

  async #insert(
    db: Kysely<Database>,
    id: string,
    secret: string,
    invitation: { email?: string | null; displayName?: string | null; roles: readonly RoleGrant[]; createdBy: string | null; expiresAt: Date },
    now: Date
  ): Promise<void> {
    await db
      .insertInto('invitations')
      .values({
        id,
        secret_hash: secretHash(secret),
        email: invitation.email ?? null,
        display_name: invitation.displayName ?? null,
        roles: JSON.stringify(invitation.roles),
        created_by: invitation.createdBy,
        created_at: now.toISOString(),
        expires_at: invitation.expiresAt.toISOString(),
        accepted_at: null,
        person_id: null,
      })
      .execute();
  }

  /**
   * Creates the invited person (with `passwordHash`) and their roles, and marks the
   * invitation used — all or nothing. `start` runs in the same transaction (the first session).
   */
  async accept<T>(
    secret: string,
    person: { displayName: string; email: string; passwordHash: string },
    now: Date,
    start: (personId: string, trx: Kysely<Database>) => Promise<T>
  ): Promise<{ personId: string; started: T } | InvitationRefusal> {
    if (!looksLikeSecret(secret, INVITATION_PREFIX)) return 'invalid';
    return this.#db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('invitations').selectAll().where('secret_hash', '=', secretHash(secret)).executeTakeFirst();
      if (!row) return 'invalid';
      if (row.accepted_at) return 'used';
      if (row.expires_at <= now.toISOString()) return 'expired';
      if (await trx.selectFrom('people').select('id').where('email', '=', person.email).executeTakeFirst()) return 'email-taken';
      // Claim it first: a concurrent acceptance finds accepted_at set and changes nothing.
      const claimed = await trx.updateTable('invitations').set({ accepted_at: now.toISOString() }).where('id', '=', row.id).where('accepted_at', 'is', null).executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return 'used';
      const personId = await this.#accounts.createPerson(person, now, trx);
      await this.#accounts.grantRoles(personId, z.array(RoleGrant).parse(JSON.parse(row.roles)), trx);
      await trx.updateTable('invitations').set({ person_id: personId }).where('id', '=', row.id).execute();
      return { personId, started: await start(personId, trx) };
    });
  }

  /** Whether anyone has an account yet (a fresh database gets a local Secretariat invitation outside production). */
  async anyPerson(): Promise<boolean> {
    return Boolean(await this.#db.selectFrom('people').select('id').limit(1).executeTakeFirst());
  }
}
