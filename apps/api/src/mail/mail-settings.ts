import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../storage/schema.js';

const LINK_SECRET_KEY = 'link-secret';

/**
 * The secret that signs links in mails. LIAISON_SECRET when set; in production it must be.
 * Otherwise one is generated on the first start and kept in `mail_settings`, so every node
 * and every restart signs and verifies with the same one (links mailed yesterday still work).
 */
export async function resolveLinkSecret(db: Kysely<Database>, { secret, production, now }: { secret?: string | undefined; production: boolean; now: Date }): Promise<string> {
  if (secret) return secret;
  if (production) throw new Error('LIAISON_SECRET must be set in production: it signs the links in mails, the same on every node (e.g. openssl rand -base64 32)');
  // Two nodes starting together: the first insert wins, both read it back.
  await db
    .insertInto('mail_settings')
    .values({ key: LINK_SECRET_KEY, value: randomBytes(32).toString('base64url'), created_at: now.toISOString() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db.selectFrom('mail_settings').select('value').where('key', '=', LINK_SECRET_KEY).executeTakeFirstOrThrow();
  return row.value;
}
