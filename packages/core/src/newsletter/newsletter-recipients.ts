import type { Organization } from '../schemas/organization.js';
import type { NewsletterTopic } from './newsletter.js';

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

export interface NewsletterRecipient {
  address: string;
  language?: string;
  /** A subscriber's chosen topics; a partner's contact has none and receives every section. */
  topics?: readonly NewsletterTopic[];
}

/** The recipients of an issue: partners' contacts and confirmed subscribers, each address once. */
export function newsletterRecipients(
  partners: readonly string[],
  subscribers: readonly { address: string; language: string; topics?: readonly NewsletterTopic[] }[],
): NewsletterRecipient[] {
  const byAddress = new Map<string, NewsletterRecipient>();
  for (const address of partners) byAddress.set(address.toLowerCase(), { address: address.toLowerCase() });
  for (const subscriber of subscribers) {
    byAddress.set(subscriber.address.toLowerCase(), {
      address: subscriber.address.toLowerCase(),
      language: subscriber.language,
      ...(subscriber.topics === undefined ? {} : { topics: subscriber.topics }),
    });
  }
  return [...byAddress.values()].sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
}
