import type { Kysely } from 'kysely';
import { addresseeKey, addresseeOfGrant, DEFAULT_MAIL_PREFERENCES, inboxNoticeMail, isLanguage, type Addressee, type InboxItem, type Language, type MailMessage, type RoleGrant } from '@ngo-liaison/core';
import type { Database } from '../storage/schema.js';

/** Where notices link to: PUBLIC_URL, or the server's own URL (set by the server once it listens). */
export interface InboxNoticeLinks {
  baseUrl: string;
}

/** The demo page where each kind of addressee reads its inbox. */
const INBOX_PAGE: Record<Addressee['kind'], string> = {
  sector: 'demo/sector.html',
  'field-office': 'demo/field-office.html',
  'member-state': 'demo/member-state.html',
  organization: 'demo/ngo.html',
  'liaison-committee': 'demo/committee.html',
};

/** The page where `addressee`'s inbox is read, under `baseUrl`. */
export function inboxPageUrl(addressee: Addressee, baseUrl: string): string {
  return new URL(INBOX_PAGE[addressee.kind], baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** The role keys whose holders may read an addressee's inbox (narrowed in SQL, confirmed by core's addresseeOfGrant). */
function roleKeyPattern(addressee: Addressee): { exact?: string; prefix?: string } {
  switch (addressee.kind) {
    case 'sector':
      return { exact: `sector:${addressee.sector}` };
    case 'field-office':
      return { exact: `field-office:${addressee.fieldOffice}` };
    case 'member-state':
      return { prefix: `member-state:${addressee.country}:` };
    case 'organization':
      return { exact: `ngo-editor:${addressee.organization}` };
    default:
      return { exact: 'liaison-committee' };
  }
}

interface Reader {
  personId: string;
  displayName: string;
  email: string;
  language: Language;
}

/** People with an e-mail address, not disabled, with notices on, who read `addressee`'s inbox as their own. */
async function readersOf(db: Kysely<Database>, addressee: Addressee): Promise<Reader[]> {
  const pattern = roleKeyPattern(addressee);
  const rows = await db
    .selectFrom('role_grants')
    .innerJoin('people', 'people.id', 'role_grants.person_id')
    .leftJoin('mail_preferences', 'mail_preferences.person_id', 'people.id')
    .select(['people.id as personId', 'people.display_name as displayName', 'people.email as email', 'role_grants.grant as grant', 'mail_preferences.language as language'])
    .where('people.email', 'is not', null)
    // No row: the defaults (notices on); a person who turned notices off gets none.
    .where((eb) => eb.or([eb('mail_preferences.notices', 'is', null), eb('mail_preferences.notices', '=', 1)]))
    .where('people.disabled_at', 'is', null)
    .where((eb) => (pattern.exact ? eb('role_grants.role_key', '=', pattern.exact) : eb('role_grants.role_key', 'like', `${pattern.prefix}%`)))
    .orderBy('people.id')
    .execute();
  const key = addresseeKey(addressee);
  const readers = new Map<string, Reader>();
  for (const row of rows) {
    const own = addresseeOfGrant(JSON.parse(row.grant) as RoleGrant);
    const language = row.language && isLanguage(row.language) ? row.language : DEFAULT_MAIL_PREFERENCES.language;
    if (own && addresseeKey(own) === key && row.email) readers.set(row.personId, { personId: row.personId, displayName: row.displayName, email: row.email, language });
  }
  return [...readers.values()];
}

/**
 * One notice per delivered item and person who reads the addressee's inbox and has an
 * address; the dedupe key (item, person) keeps it to one even if a write is retried.
 */
export async function inboxNotices(db: Kysely<Database>, items: readonly InboxItem[], links: InboxNoticeLinks): Promise<MailMessage[]> {
  const notices: MailMessage[] = [];
  const cache = new Map<string, Reader[]>();
  for (const item of items) {
    const key = addresseeKey(item.addressee);
    let readers = cache.get(key);
    if (!readers) cache.set(key, (readers = await readersOf(db, item.addressee)));
    const inboxUrl = inboxPageUrl(item.addressee, links.baseUrl);
    for (const reader of readers) {
      notices.push(inboxNoticeMail({ item, personId: reader.personId, displayName: reader.displayName, to: reader.email, language: reader.language, inboxUrl }));
    }
  }
  return notices;
}
