import type { Organization } from '../schemas/organization.js';

/**
 * Each partner's designated newsletter contact: its first e-mail contact. Only fictional
 * organisations are mailed: no address is ever invented or reused for a real organisation.
 */
export function partnerNewsletterAddresses(organizations: readonly Organization[]): string[] {
  const addresses = new Set<string>();
  for (const organization of organizations) {
    // Real organisations' contacts are not a mailing list they agreed to: demo partners only.
    if (!organization.provenance.fictional) continue;
    const contact = organization.contacts.find((c) => c.kind === 'email');
    if (contact === undefined) continue;
    addresses.add(contact.value.trim().toLowerCase());
  }
  return [...addresses].sort();
}

/** The recipients of an issue: partners' contacts and confirmed subscribers, each address once. */
export function newsletterRecipients(partners: readonly string[], subscribers: readonly { address: string; language: string }[]): { address: string; language?: string }[] {
  const byAddress = new Map<string, { address: string; language?: string }>();
  for (const address of partners) byAddress.set(address.toLowerCase(), { address: address.toLowerCase() });
  for (const subscriber of subscribers) byAddress.set(subscriber.address.toLowerCase(), { address: subscriber.address.toLowerCase(), language: subscriber.language });
  return [...byAddress.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
