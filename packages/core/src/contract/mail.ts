import { MailPreferences } from '../mail/mail-preferences.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

const CSRF = {
  'X-CSRF-Token': { description: 'With a session cookie: the csrfToken of GET /v1/session (not needed with a bearer token).' },
};

/** What the signed-in person wants mailed to them. */
export const mailOperations = {
  getMailPreferences: {
    method: 'get',
    path: PATHS.getMailPreferences,
    summary: 'Your mail preferences',
    description: 'Whether you get a notice for each new item in your inboxes, a daily or weekly digest, and in which language. Defaults until you set them: notices on, no digest, English.',
    tags: ['accounts', 'writes'],
    security: 'signed-in',
    response: MailPreferences,
    errors: [401, 429],
  },
  setMailPreferences: {
    method: 'put',
    path: PATHS.setMailPreferences,
    summary: 'Set your mail preferences',
    description: 'Replaces your preferences (all three fields). Effective for the next inbox item delivered.',
    tags: ['accounts', 'writes'],
    security: 'signed-in',
    headers: CSRF,
    requestBody: { schema: MailPreferences },
    response: MailPreferences,
    errors: [400, 401, 403, 413, 415, 429],
  },
} as const satisfies Record<string, Operation>;
