import type { Hono } from 'hono';
import { isRefusal, operations, parseAuditQuery, requireSecretariat, signedIn } from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { routePath } from '../http/route-path.js';
import { refusalResponse } from '../http/write-response.js';
import type { Storage } from '../storage/storage.js';

/** `GET /v1/audit`: every accepted write, newest first, for the Secretariat. */
export function auditRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listAudit.path), async (c) => {
    const person = signedIn(principalOf(c));
    if (isRefusal(person)) return refusalResponse(c, person);
    const grant = requireSecretariat(person, 'read the audit log');
    if ('kind' in grant) return refusalResponse(c, grant);
    const page = await storage.audit.list(parseAuditQuery(new URL(c.req.url).searchParams));
    c.header('cache-control', 'private, no-store');
    return c.json(page);
  });
}
