import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens carried by links in mails (unsubscribe, confirm a subscription, accept an invitation,
 * a private calendar feed): a JSON payload and its HMAC-SHA256 under LIAISON_SECRET, both
 * base64url, joined by a dot. Every node holds the same secret, so any node verifies what
 * another signed. The payload names what the link does (`purpose`) and for whom (`subject`:
 * an address or a person id): a token for one address or purpose verifies for no other.
 * One-time use is the caller's: it records `nonce` when the link acts.
 */
export interface SignedLinkPayload {
  /** What the link does: "unsubscribe", "confirm-subscription", "invitation", "calendar-feed"… */
  purpose: string;
  /** Whom it is for: a mail address (lower case) or a person id. */
  subject: string;
  /** Expiry, seconds since the epoch; absent: the link does not expire (a newsletter's unsubscribe). */
  exp?: number;
  /** Makes the token unique (one-time links record it when used). */
  nonce?: string;
  /** Anything else the purpose needs ("2026-11" for an issue, a list of topics). */
  data?: string;
}

export type SignedLinkFailure = 'malformed' | 'forged' | 'expired' | 'wrong-purpose';

export type SignedLinkResult = { ok: true; payload: SignedLinkPayload } | { ok: false; reason: SignedLinkFailure };

const mac = (secret: string, body: string): Buffer => createHmac('sha256', secret).update(body).digest();

export function signLink(secret: string, payload: SignedLinkPayload): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Checks the signature first, then the purpose, then the expiry against `now` (the caller's clock). */
export function verifyLink(secret: string, token: string, purpose: string, now: Date): SignedLinkResult {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || !/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]+$/.test(signature)) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'forged' };
  let payload: SignedLinkPayload;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as SignedLinkPayload;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof payload !== 'object' || payload === null || typeof payload.purpose !== 'string' || typeof payload.subject !== 'string') return { ok: false, reason: 'malformed' };
  if (payload.purpose !== purpose) return { ok: false, reason: 'wrong-purpose' };
  if (payload.exp !== undefined && (typeof payload.exp !== 'number' || now.getTime() / 1000 >= payload.exp)) return { ok: false, reason: 'expired' };
  return { ok: true, payload };
}
