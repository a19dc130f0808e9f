import { expect } from 'vitest';
import type { CurrentSession } from '@ngo-liaison/core';

/** A browser's view of one signed-in page: its session cookie and CSRF token. */
export interface CookieSession {
  cookie: string;
  csrfToken: string;
  /** The Set-Cookie header that started it (attributes checked by tests). */
  setCookie: string;
  body: CurrentSession;
}

/** Sends JSON to `path` (POST unless `method` says otherwise). */
export function sendJson(baseUrl: string, path: string, body: unknown, { method = 'POST', headers = {} }: { method?: string; headers?: Record<string, string> } = {}) {
  return fetch(`${baseUrl}${path}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** The session a 200/201 with Set-Cookie started. */
export async function sessionFrom(response: Response): Promise<CookieSession> {
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = /^(liaison_session=[^;]+)/.exec(setCookie)?.[1];
  expect(cookie, 'Set-Cookie liaison_session').toBeDefined();
  const body = (await response.json()) as CurrentSession;
  expect(body.csrfToken).toEqual(expect.any(String));
  return { cookie: cookie!, csrfToken: body.csrfToken!, setCookie, body };
}

/** Invites (as `secretariatToken`), then accepts the link's secret: the new person's cookie session. */
export async function inviteAndAccept(
  baseUrl: string,
  secretariatToken: string,
  invitation: Record<string, unknown>,
  person: { displayName: string; email: string; password: string }
): Promise<CookieSession & { link: string }> {
  const created = await sendJson(baseUrl, '/v1/invitations', invitation, { headers: { authorization: `Bearer ${secretariatToken}` } });
  expect(created.status).toBe(201);
  const { link } = (await created.json()) as { link: string };
  const secret = new URL(link).hash.replace(/^#invitation=/, '');
  const accepted = await sendJson(baseUrl, '/v1/invitations/accept', { secret, ...person });
  expect(accepted.status).toBe(201);
  return { ...(await sessionFrom(accepted)), link };
}
