import type { Contact, Organization } from '../schemas/organization.js';

/**
 * Contacts that may leave the directory in an export: demo contacts of fictional
 * organisations, and contacts an organisation publishes itself (`public: true`).
 */
export function exportableContacts(org: Pick<Organization, 'contacts'>): Contact[] {
  return org.contacts.filter((contact) => contact.fictional || contact.public === true);
}
