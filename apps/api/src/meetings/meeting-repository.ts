import { DEFAULT_MAIL_PREFERENCES, isLanguage, RoleGrant, type Meeting, type MeetingCandidate, type MeetingRecipient } from '@ngo-liaison/core';
import type { Kysely, Transaction } from 'kysely';
import { looksLikeSecret, newSecret, secretHash } from '../access/secrets.js';
import type { Database } from '../storage/schema.js';

/** Feed secrets carry their own prefix, so log redaction (observability/redact.ts) scrubs them. */
export const CALENDAR_FEED_SECRET_PREFIX = 'lif_';

type Db = Kysely<Database> | Transaction<Database>;

/** Meetings and private calendar feeds. Writes take the caller's transaction. */
export class MeetingRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * The enabled people who can take part in meetings (NGO editors, National Commission members)
   * with those grants only: one query, however many people there are.
   */
  async candidates(db: Db = this.db): Promise<MeetingCandidate[]> {
    const rows = await db
      .selectFrom('people')
      .innerJoin('role_grants', 'role_grants.person_id', 'people.id')
      .select(['people.id', 'people.display_name', 'role_grants.grant'])
      .where('people.disabled_at', 'is', null)
      .where((eb) => eb.or([eb('role_grants.role_key', 'like', 'ngo-editor:%'), eb('role_grants.role_key', 'like', 'member-state:%:national-commission')]))
      .orderBy('people.id')
      .orderBy('role_grants.role_key')
      .execute();
    const byId = new Map<string, MeetingCandidate & { roles: RoleGrant[] }>();
    for (const row of rows) {
      const candidate = byId.get(row.id) ?? { personId: row.id, displayName: row.display_name, disabled: false, roles: [] };
      candidate.roles.push(RoleGrant.parse(JSON.parse(row.grant)));
      byId.set(row.id, candidate);
    }
    return [...byId.values()];
  }

  async get(id: string, db: Db = this.db): Promise<{ meeting: Meeting; version: number } | undefined> {
    const row = await db.selectFrom('meetings').select(['meeting', 'version']).where('id', '=', id).executeTakeFirst();
    return row ? { meeting: JSON.parse(row.meeting) as Meeting, version: row.version } : undefined;
  }

  /** The meetings `personId` takes part in, newest first. */
  async listFor(personId: string, db: Db = this.db): Promise<Meeting[]> {
    const rows = await db
      .selectFrom('meetings')
      .select('meeting')
      .where((eb) => eb.or([eb('requester_person_id', '=', personId), eb('counterpart_person_id', '=', personId)]))
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((row) => JSON.parse(row.meeting) as Meeting);
  }

  async insert(trx: Db, meeting: Meeting): Promise<void> {
    await trx
      .insertInto('meetings')
      .values({
        id: meeting.id,
        requester_person_id: meeting.requester.personId,
        counterpart_person_id: meeting.counterpart.personId,
        status: meeting.status,
        meeting: JSON.stringify(meeting),
        version: 1,
        created_at: meeting.createdAt,
        updated_at: meeting.updatedAt,
      })
      .execute();
  }

  /** Writes `meeting` if its row is still at `version` (If-Match); false when it moved on. */
  async update(trx: Db, meeting: Meeting, version: number): Promise<boolean> {
    const result = await trx
      .updateTable('meetings')
      .set({ status: meeting.status, meeting: JSON.stringify(meeting), version: version + 1, updated_at: meeting.updatedAt })
      .where('id', '=', meeting.id)
      .where('version', '=', version)
      .executeTakeFirst();
    return result.numUpdatedRows === 1n;
  }

  /** A new feed secret for `personId`, replacing any earlier one (rotate). Returned once, stored hashed. */
  async createFeed(personId: string, now: Date, db: Db = this.db): Promise<string> {
    const secret = newSecret(CALENDAR_FEED_SECRET_PREFIX);
    await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).execute();
    await db.insertInto('calendar_feeds').values({ person_id: personId, secret_hash: secretHash(secret), created_at: now.toISOString() }).execute();
    return secret;
  }

  async revokeFeed(personId: string, db: Db = this.db): Promise<boolean> {
    const result = await db.deleteFrom('calendar_feeds').where('person_id', '=', personId).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  /** The person a feed secret belongs to, or undefined (revoked, rotated or forged). */
  async feedOwner(secret: string): Promise<string | undefined> {
    if (!looksLikeSecret(secret, CALENDAR_FEED_SECRET_PREFIX)) return undefined;
    const row = await this.db.selectFrom('calendar_feeds').select('person_id').where('secret_hash', '=', secretHash(secret)).executeTakeFirst();
    return row?.person_id;
  }

  /** When `personId`'s feed was created, or undefined when they have none. */
  async feedCreatedAt(personId: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('calendar_feeds').select('created_at').where('person_id', '=', personId).executeTakeFirst();
    return row?.created_at;
  }

  /**
   * Where and in which language to mail each of `personIds`: their address and their mail
   * language (English until they chose). People without an address or disabled are left out.
   */
  async recipients(db: Db, personIds: readonly string[]): Promise<MeetingRecipient[]> {
    const recipients: MeetingRecipient[] = [];
    for (const personId of personIds) {
      const row = await db
        .selectFrom('people')
        .leftJoin('mail_preferences', 'mail_preferences.person_id', 'people.id')
        .select(['people.email as email', 'people.disabled_at as disabledAt', 'mail_preferences.language as language'])
        .where('people.id', '=', personId)
        .executeTakeFirst();
      if (!row?.email || row.disabledAt) continue;
      recipients.push({ email: row.email, language: row.language && isLanguage(row.language) ? row.language : DEFAULT_MAIL_PREFERENCES.language });
    }
    return recipients;
  }
}
