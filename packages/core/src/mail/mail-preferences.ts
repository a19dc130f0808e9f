import * as z from 'zod/mini';
import { LANGUAGES } from '../i18n/languages.js';

/** How often a person gets a digest of their inboxes. */
export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/**
 * What a signed-in person wants mailed to them: a notice for each new inbox item (on by
 * default), a daily or weekly digest of their inboxes (off by default), and the language of both.
 */
export const MailPreferences = z.strictObject({
  notices: z.boolean(),
  digest: z.enum(DIGEST_FREQUENCIES),
  language: z.enum(LANGUAGES),
});
export type MailPreferences = z.infer<typeof MailPreferences>;

export const DEFAULT_MAIL_PREFERENCES: MailPreferences = { notices: true, digest: 'off', language: 'en' };
