import type { Hono } from 'hono';
import { CreateTokenRequest, forbiddenProblem, isSecretariat, notFoundProblem, operations, type CreatedToken, type TokenList } from '@ngo-liaison/core';
import type { AccountRouteOptions } from '../access/account-options.js';
import { principalOf } from '../access/principal-of.js';
import { jsonBody, limitBody } from '../http/json-body.js';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';
import { signInRequired } from './current-session.js';

export const DEFAULT_TOKEN_DAYS = 90;

/** Personal bearer tokens: create (shown once), list (never the secret), revoke (holder or Secretariat). */
export function tokenRoutes(app: Hono, storage: Storage, { now }: AccountRouteOptions): void {
  app.post(routePath(operations.createToken.path), limitBody(), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    const { label, expiresInDays = DEFAULT_TOKEN_DAYS } = await jsonBody(c, CreateTokenRequest);
    const at = now();
    const created: CreatedToken = await storage.accounts.issueToken(principal.personId, { label, expiresAt: new Date(at.getTime() + expiresInDays * 86_400_000), now: at });
    c.header('cache-control', 'no-store');
    return c.json(created, 201);
  });

  app.get(routePath(operations.listTokens.path), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    const person = c.req.query('person');
    c.header('cache-control', 'no-store');
    if (!isSecretariat(principal) && person !== undefined && person !== principal.personId) {
      return problemResponse(c, forbiddenProblem('Only the Secretariat lists the tokens of other people'));
    }
    const personId = isSecretariat(principal) ? person : principal.personId;
    const body: TokenList = { items: await storage.accounts.listTokens(personId ? { personId } : {}) };
    return c.json(body);
  });

  app.delete(routePath(operations.revokeToken.path), async (c) => {
    const principal = principalOf(c);
    if (principal.kind !== 'person') return signInRequired(c);
    const token = await storage.accounts.token(c.req.param('id') ?? '');
    // Someone else's token is as good as absent: its id tells a non-Secretariat caller nothing.
    if (!token || (token.personId !== principal.personId && !isSecretariat(principal))) {
      return problemResponse(c, notFoundProblem(`No token of yours with id "${c.req.param('id')}"`));
    }
    await storage.accounts.revokeToken(token.id, principal.personId, now());
    return c.body(null, 204);
  });
}
