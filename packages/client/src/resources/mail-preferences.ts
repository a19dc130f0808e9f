import { MailPreferences, PATHS } from '@ngo-liaison/core';
import { relativePath } from '../transport.js';
import type { WriteTransport } from '../write-transport.js';
import { assertValidBody } from './write-body.js';

/** What the signed-in person wants mailed: inbox notices, a digest, the language. */
export interface MailPreferencesResource {
  /** The caller's preferences (the defaults until set: notices on, no digest, English). */
  get(options?: { signal?: AbortSignal }): Promise<MailPreferences>;
  /** Replaces them (all three fields). */
  set(preferences: MailPreferences, options?: { signal?: AbortSignal }): Promise<MailPreferences>;
}

export function mailPreferencesResource(transport: WriteTransport): MailPreferencesResource {
  return {
    async get({ signal } = {}) {
      return await transport.get(relativePath(PATHS.getMailPreferences), MailPreferences, { signal });
    },
    async set(preferences, { signal } = {}) {
      const path = relativePath(PATHS.setMailPreferences);
      assertValidBody(transport, path, MailPreferences, preferences);
      return (await transport.send(path, MailPreferences, { method: 'put', json: preferences, signal })).data;
    },
  };
}
