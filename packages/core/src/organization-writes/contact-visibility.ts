import { editedOrganizations, readsPartnerContacts, type Principal } from '../access/principal.js';
import type { Contact, Organization } from '../schemas/organization.js';

/*
 * Each contact is public or for partners. `public: true` is a public contact: the organisation
 * publishes it and agrees to its reuse. Any other contact is partners-only: shown and exported
 * only to the readers the working-group paper names (¶5: the Secretariat, the Liaison
 * Committee, the sectors, field offices and Member States — core's readsPartnerContacts) and
 * to the organisation's own editors; never to anonymous readers or to other NGOs' editors.
 * Every read path (one record, lists, search pages, JSON/CSV/vCard exports) goes through
 * organizationForReader, and caches key on readerView.
 */

export const isPublicContact = (contact: Contact): boolean => contact.public === true;

/** Whether `principal` sees the partners-only contacts of organisation `id`. */
export function seesPartnerContactsOf(principal: Principal, id: string): boolean {
  return readsPartnerContacts(principal) || editedOrganizations(principal).includes(id);
}

/** The contacts of `org` that `principal` may see. */
export function contactsForReader(org: Pick<Organization, 'id' | 'contacts'>, principal: Principal): Contact[] {
  return seesPartnerContactsOf(principal, org.id) ? org.contacts : org.contacts.filter(isPublicContact);
}

/** `org` as `principal` may read it: the same record, less the partners-only contacts they may not see. */
export function organizationForReader(org: Organization, principal: Principal): Organization {
  if (seesPartnerContactsOf(principal, org.id) || org.contacts.every(isPublicContact)) return org;
  return { ...org, contacts: org.contacts.filter(isPublicContact) };
}

/**
 * Which view of the organisations `principal` reads, as a key for caches and ETags: `public`
 * (anonymous readers and anyone else), `partners` (every contact), or `own:<ids>` (public
 * contacts, plus every contact of the organisations it edits). Two readers with the same key
 * read the same bytes; a cache keyed without it would serve one reader's view to another.
 */
export function readerView(principal: Principal): string {
  if (readsPartnerContacts(principal)) return 'partners';
  const own = [...new Set(editedOrganizations(principal))].sort();
  return own.length ? `own:${own.join(',')}` : 'public';
}

/** The view of one organisation `id` for `principal`: `partners` when it sees every contact of it, else `public`. */
export function readerViewOf(principal: Principal, id: string): 'public' | 'partners' {
  return seesPartnerContactsOf(principal, id) ? 'partners' : 'public';
}
