import type { Language } from '@ngo-liaison/core';
import { signLink } from '../access/signed-link.js';
import { mailLinkUrl } from '../mail/link-url.js';

export const CONFIRM_PURPOSE = 'newsletter-confirm';
export const UNSUBSCRIBE_PURPOSE = 'newsletter-unsubscribe';
export const CONFIRM_PAGE = '/newsletter/confirm';
export const UNSUBSCRIBE_PAGE = '/newsletter/unsubscribe';

/**
 * A mail link that also names the language its page is shown in. The language is not signed:
 * changing it changes only the words of the page, never what the link does.
 */
export function inLanguage(url: string, language: Language): string {
  const withLanguage = new URL(url);
  withLanguage.searchParams.set('lang', language);
  return withLanguage.href;
}

/** The signed one-click unsubscribe link of an address: it does not expire (an old issue's link keeps working). */
export function unsubscribeUrl(base: string, secret: string, address: string, language: Language = 'en'): string {
  return inLanguage(mailLinkUrl(base, UNSUBSCRIBE_PAGE, signLink(secret, { purpose: UNSUBSCRIBE_PURPOSE, subject: address.toLowerCase() })), language);
}
