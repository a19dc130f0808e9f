import type { Hono } from 'hono';
import { invalidRequestProblem, listFieldOffices, notFoundProblem, operations, parseFieldOfficeQuery, pathParamsProblem } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function fieldOfficeRoutes(app: Hono, storage: Storage): void {
  const { coverage } = storage.fieldOffices;
  // Curated reference data that changes with a release: its revision is computed once.
  const revision = revisionEtag(JSON.stringify(coverage.fieldOffices), 'field-offices', '');

  app.get(routePath(operations.listFieldOffices.path), (c) => {
    const query = parseFieldOfficeQuery(new URL(c.req.url).searchParams, coverage);
    return respondWithEtag(c, revisionEtag(revision, 'list', canonicalQuery(query)), () => c.json(listFieldOffices(coverage, query)));
  });

  app.get(routePath(operations.getFieldOffice.path), (c) => {
    const code = c.req.param('code') ?? '';
    const malformed = pathParamsProblem(operations.getFieldOffice, { code });
    if (malformed) return problemResponse(c, malformed);
    const params = new URL(c.req.url).searchParams;
    const extra = [...new Set(params.keys())];
    if (extra.length) return problemResponse(c, invalidRequestProblem(extra.map((path) => ({ path, message: 'unknown query parameter; this resource takes none' }))));
    return respondWithEtag(c, revisionEtag(revision, 'get', code), () => {
      const office = storage.fieldOffices.get(code);
      return office ? c.json(office) : problemResponse(c, notFoundProblem(`No field office with code "${code}"`));
    });
  });
}
