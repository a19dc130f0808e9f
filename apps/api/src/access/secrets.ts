import { createHash, randomBytes, randomUUID } from 'node:crypto';

/**
 * Secrets handed out once (bearer tokens, session ids, CSRF tokens, invitation secrets): 32
 * random bytes in base64url behind a prefix that says what they are (so a leaked one is
 * recognised, and scrubbed from logs: observability/redact.ts). Only their SHA-256 is
 * stored: a copy of the database lets nobody act as anyone.
 */
export type SecretPrefix = 'lia_' | 'lis_' | 'lic_' | 'liv_' | 'lif_'; // lif_: private calendar feeds

export const SECRET_BODY_LENGTH = 43; // base64url of 32 bytes, unpadded

export function newSecret(prefix: SecretPrefix): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** Whether `value` has the shape of a secret with `prefix` (cheap check before any lookup). */
export function looksLikeSecret(value: string, prefix: SecretPrefix): boolean {
  return value.length === prefix.length + SECRET_BODY_LENGTH && value.startsWith(prefix) && /^[A-Za-z0-9_-]+$/.test(value.slice(prefix.length));
}

/** The stored form of a secret. A fast hash is enough: the secret has 256 random bits (passwords use scrypt: passwords.ts). */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Ids of people, tokens, sessions and invitations: not secrets, safe in URLs and logs. */
export const newId = (): string => randomUUID();
