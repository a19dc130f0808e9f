import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';
import type { AccountRepository, SignedIn } from './account-repository.js';
import { looksLikeSecret, newId, newSecret, secretHash } from './secrets.js';

export const SESSION_PREFIX = 'lis_';
/** A session lasts a working day; signing in again is cheap, a stolen cookie's use is bounded. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * The CSRF token of a session, derived from its secret: the server keeps only hashes, yet
 * GET /v1/session can give the page its CSRF token again (after a reload) from the cookie.
 */
export function csrfTokenOf(sessionSecret: string): string {
  return `lic_${createHash('sha256').update(`csrf\0${sessionSecret}`).digest('base64url')}`;
}

export interface VerifiedSession {
  principal: SignedIn;
  /** Whether `token` is this session's CSRF token (compared in constant time). */
  acceptsCsrf(token: string | undefined): boolean;
}

/**
 * Cookie sessions of Liaison's own pages. The cookie holds a random secret; the database
 * holds its SHA-256 and that of the CSRF token. Every request reads the row, so a signed-out
 * session fails on every node at once.
 */
export class WebSessionRepository {
  readonly #db: Kysely<Database>;
  readonly #accounts: AccountRepository;

  constructor(db: Kysely<Database>, accounts: AccountRepository) {
    this.#db = db;
    this.#accounts = accounts;
  }

  async start(personId: string, now: Date = new Date(), db: Kysely<Database> = this.#db): Promise<{ id: string; secret: string; csrfToken: string; expiresAt: Date }> {
    const id = newId();
    const secret = newSecret(SESSION_PREFIX);
    const csrfToken = csrfTokenOf(secret);
    const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
    await db
      .insertInto('web_sessions')
      .values({ id, person_id: personId, session_hash: secretHash(secret), csrf_hash: secretHash(csrfToken), created_at: now.toISOString(), expires_at: expiresAt.toISOString(), ended_at: null })
      .execute();
    return { id, secret, csrfToken, expiresAt };
  }

  /** The session `secret` opens, if it is current (not ended, not expired, its person enabled). */
  async verify(secret: string, now: Date = new Date()): Promise<VerifiedSession | undefined> {
    if (!looksLikeSecret(secret, SESSION_PREFIX)) return undefined;
    const row = await this.#db
      .selectFrom('web_sessions')
      .select(['id', 'person_id', 'csrf_hash', 'expires_at', 'ended_at'])
      .where('session_hash', '=', secretHash(secret))
      .executeTakeFirst();
    if (!row || row.ended_at || row.expires_at <= now.toISOString()) return undefined;
    const principal = await this.#accounts.principal(row.person_id, { kind: 'session', id: row.id });
    if (!principal) return undefined;
    const expected = Buffer.from(row.csrf_hash);
    return {
      principal,
      acceptsCsrf: (token) => {
        if (!token) return false;
        const actual = Buffer.from(secretHash(token));
        return actual.length === expected.length && timingSafeEqual(actual, expected);
      },
    };
  }

  /** Ends session `id` (sign-out); false when it had already ended. */
  async end(id: string, now: Date = new Date()): Promise<boolean> {
    const result = await this.#db.updateTable('web_sessions').set({ ended_at: now.toISOString() }).where('id', '=', id).where('ended_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
