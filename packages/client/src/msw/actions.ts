import { http, HttpResponse, type RequestHandler } from 'msw';
import { invalidRequestProblem, listActions, operations, parseActionQuery, type Action, type Coverage, type Organization, type Programme } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern, problemResponse } from './responses.js';

export function actionHandlers(
  base: string,
  data: { actions: readonly Action[]; programmes: readonly Programme[]; organizations: readonly Organization[]; coverage: Coverage },
  delay: number,
): RequestHandler[] {
  const programmeIds = data.programmes.map((p) => p.id);
  const orgIds = new Set(data.organizations.map((o) => o.id));
  return [
    http.get(mswPattern(base, operations.listActions.path), ({ request }) =>
      guarded(delay, () => {
        const query = parseActionQuery(new URL(request.url).searchParams, data.coverage, programmeIds);
        const unknown = (query.organization ?? []).filter((id) => !orgIds.has(id));
        if (unknown.length) return problemResponse(invalidRequestProblem(unknown.map((id) => ({ path: 'organization', message: `unknown organisation "${id}"` }))));
        return HttpResponse.json(listActions(data.actions, query, data.coverage));
      }),
    ),
  ];
}
