import type { Hono } from 'hono';
import { listProgrammes, notFoundProblem, operations, parseProgrammeQuery, pathParamsProblem } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function programmeRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listProgrammes.path), async (c) => {
    const { coverage } = storage.fieldOffices;
    const query = parseProgrammeQuery(new URL(c.req.url).searchParams, coverage);
    const { programmes, revision } = await storage.programmes.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'programmes', canonicalQuery(query)), () => c.json(listProgrammes(programmes, query, coverage)));
  });

  app.get(routePath(operations.getProgramme.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getProgramme, { id });
    if (malformed) return problemResponse(c, malformed);
    const { programmes, revision } = await storage.programmes.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'programme', id), () => {
      const programme = programmes.find((p) => p.id === id);
      return programme ? c.json(programme) : problemResponse(c, notFoundProblem(`No programme with id "${id}"`));
    });
  });
}
