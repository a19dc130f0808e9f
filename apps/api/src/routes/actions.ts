import type { Hono } from 'hono';
import { invalidRequestProblem, listActions, operations, parseActionQuery } from '@ngo-liaison/core';
import { problemResponse } from '../http/problem-response.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export function actionRoutes(app: Hono, storage: Storage): void {
  app.get(routePath(operations.listActions.path), async (c) => {
    const { programmes, actions } = await storage.programmes.snapshot();
    const { coverage } = storage.fieldOffices;
    const query = parseActionQuery(new URL(c.req.url).searchParams, coverage, programmes.map((p) => p.id));
    // Core checks the shape of organisation ids; whether they exist is the store's to say.
    const unknown: string[] = [];
    for (const id of query.organization ?? []) if (!(await storage.organizations.get(id))) unknown.push(id);
    if (unknown.length) {
      return problemResponse(c, invalidRequestProblem(unknown.map((id) => ({ path: 'organization', message: `unknown organisation "${id}"` }))));
    }
    return c.json(listActions(actions, query, coverage));
  });
}
