import type { Hono } from 'hono';
import { invalidRequestProblem, listMandates, notFoundProblem, operations, parseMandateQuery, pathParamsProblem } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function liaisonCommitteeRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listMandates.path), async (c) => {
    const query = parseMandateQuery(new URL(c.req.url).searchParams);
    const [{ records, revision }, organizations] = await Promise.all([storage.committee.mandates.snapshot(), storage.organizations.snapshot()]);
    // Core checks the shape of member ids; whether they exist is the directory's to say.
    const unknown = (query.member ?? []).filter((id) => !organizations.index.get(id));
    if (unknown.length) return problemResponse(c, invalidRequestProblem(unknown.map((id) => ({ path: 'member', message: `unknown organisation "${id}"` }))));
    const tag = revisionEtag(`${revision}|${organizations.revision}`, 'mandates', canonicalQuery(query));
    return respondWithEtag(c, tag, () => c.json(listMandates(records, query)));
  });

  app.get(routePath(operations.getMandate.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getMandate, { id });
    if (malformed) return problemResponse(c, malformed);
    const extra = [...new Set(new URL(c.req.url).searchParams.keys())];
    if (extra.length) return problemResponse(c, invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
    const { records, revision } = await storage.committee.mandates.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'mandate', id), () => {
      const mandate = records.find((m) => m.id === id);
      return mandate ? c.json(mandate) : problemResponse(c, notFoundProblem(`No Liaison Committee mandate with id "${id}"`));
    });
  });
}
