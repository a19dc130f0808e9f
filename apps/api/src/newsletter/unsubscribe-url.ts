import { signLink } from '../access/signed-link.js';
import { mailLinkUrl } from '../mail/link-url.js';

export const CONFIRM_PURPOSE = 'newsletter-confirm';
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe';
export const CONFIRM_PAGE = '/newsletter/confirm';
export const UNSUBSCRIBE_PAGE = '/newsletter/unsubscribe';

/** The signed one-click unsubscribe link of an address: it does not expire (an old issue's link keeps working). */
export function unsubscribeUrl(base: string, secret: string, address: string): string {
  return mailLinkUrl(base, UNSUBSCRIBE_PAGE, signLink(secret, { purpose: UNSUBSCRIBE_PURPOSE, subject: address.toLowerCase() }));
}
