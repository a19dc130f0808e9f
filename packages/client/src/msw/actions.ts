import { http, HttpResponse, type RequestHandler } from 'msw';
import { invalidRequestProblem, listActions, notFoundProblem, operations, parseActionQuery, pathParamsProblem, type Action, type Coverage, type Organization, type Programme } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

export function actionHandlers(
  base: string,
  data: { actions: readonly Action[]; programmes: readonly Programme[]; organizations: readonly Organization[]; coverage: Coverage },
  delay: number,
  /** Actions published through the write path since (newest first): served before the data set's. */
  published: () => readonly Action[] = () => [],
): RequestHandler[] {
  const all = () => [...published(), ...data.actions];
  const programmeIds = data.programmes.map((p) => p.id);
  const orgIds = new Set(data.organizations.map((o) => o.id));
  return [
    http.get(mswPattern(base, operations.listActions.path), ({ request }) =>
      guarded(delay, () => {
        const query = parseActionQuery(new URL(request.url).searchParams, data.coverage, programmeIds);
        const unknown = (query.organization ?? []).filter((id) => !orgIds.has(id));
        if (unknown.length) return problemResponse(invalidRequestProblem(unknown.map((id) => ({ path: 'organization', message: `unknown organisation "${id}"` }))));
        return HttpResponse.json(listActions(all(), query, data.coverage));
      }),
    ),
    http.get(mswPattern(base, operations.getAction.path), ({ params }) =>
      guarded(delay, () => {
        const id = String(params.id);
        const malformed = pathParamsProblem(operations.getAction, { id });
        if (malformed) return problemResponse(malformed);
        // Pending and returned submissions are not here: not public, so not found.
        const action = all().find((a) => a.id === id);
        return action ? HttpResponse.json(action) : problemResponse(notFoundProblem(`No published action with id "${id}"`));
      }),
    ),
  ];
}
