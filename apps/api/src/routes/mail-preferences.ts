import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { decideSetMailPreferences, isRefusal, operations } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { commitWrite } from '../http/commit-write.js';
import { routePath } from '../http/route-path.js';
import { signedInWrite } from '../http/signed-in-write.js';
import { limitWriteBody } from '../http/write-body.js';
import { anonymousRefusal, refusalResponse, writeAnswer } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';

/** GET and PUT /v1/me/mail-preferences: the signed-in person's own, nobody else's. */
export function mailPreferencesRoutes(app: Hono, storage: Storage, { now }: { now: () => Date }): void {
  app.get(routePath(operations.getMailPreferences.path), async (c) => {
    const principal = principalOf(c);
    const anonymous = anonymousRefusal(c, principal);
    if (anonymous || principal.kind !== 'person') return anonymous;
    c.header('cache-control', 'private, no-store');
    return c.json(await storage.mailPreferences.get(principal.personId));
  });

  app.put(routePath(operations.setMailPreferences.path), limitWriteBody(), async (c) => {
    const write = await signedInWrite(c);
    if (write instanceof Response) return write;
    const { person, body } = write;
    const at = now();
    const outcome = await commitWrite(storage, async (db) => {
      const decided = decideSetMailPreferences(person, body.value, await storage.mailPreferences.get(person.personId, db), { now: at, newId: randomUUID });
      if (isRefusal(decided)) return decided;
      await storage.mailPreferences.set(db, decided.personId, decided.preferences, at);
      await storage.audit.append(db, decided.audit);
      return decided;
    });
    if (isRefusal(outcome)) return refusalResponse(c, outcome);
    return writeAnswer(c, outcome.preferences, 200);
  });
}
