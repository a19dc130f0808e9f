import type { Hono } from 'hono';
import { invalidRequestProblem, listActions, notFoundProblem, operations, parseActionQuery, pathParamsProblem } from '@ngo-liaison/core';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { canonicalQuery, revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function actionRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listActions.path), async (c) => {
    const [{ programmes, actions, revision }, organizations] = await Promise.all([storage.programmes.snapshot(), storage.organizations.snapshot()]);
    const { coverage } = storage.fieldOffices;
    const query = parseActionQuery(new URL(c.req.url).searchParams, coverage, programmes.map((p) => p.id));
    // Core checks the shape of organisation ids; whether they exist is the store's to say.
    const unknown: string[] = [];
    for (const id of query.organization ?? []) if (!organizations.index.get(id)) unknown.push(id);
    if (unknown.length) {
      return problemResponse(c, invalidRequestProblem(unknown.map((id) => ({ path: 'organization', message: `unknown organisation "${id}"` }))));
    }
    // Organisation ids are checked against the directory, so its revision is part of the tag.
    const tag = revisionEtag(`${revision}|${organizations.revision}`, 'actions', canonicalQuery(query));
    return respondWithEtag(c, tag, () => c.json(listActions(actions, query, coverage)));
  });

  // Published actions only: a pending or returned submission is not in `actions` (404, as for an id never used).
  app.get(routePath(operations.getAction.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getAction, { id });
    if (malformed) return problemResponse(c, malformed);
    const { actions, revision } = await storage.programmes.snapshot();
    return respondWithEtag(c, revisionEtag(revision, 'action', id), () => {
      const action = actions.find((a) => a.id === id);
      return action ? c.json(action) : problemResponse(c, notFoundProblem(`No published action with id "${id}"`));
    });
  });
}
