import { ANONYMOUS, type Principal } from '../access/principal.js';
import { contactsForReader } from '../organization-writes/contact-visibility.js';
import type { Contact, Organization } from '../schemas/organization.js';

/**
 * Contacts that go into `reader`'s export (CSV, vCard): public contacts (`public: true`: the
 * organisation publishes them and agrees to their reuse) for everyone; partners-only contacts
 * too for the readers who may see them (see organization-writes/contact-visibility.ts).
 * Without a reader, the anonymous reader's: public contacts only.
 */
export function exportableContacts(org: Pick<Organization, 'id' | 'contacts'>, reader: Principal = ANONYMOUS): Contact[] {
  return contactsForReader(org, reader);
}
