import { http, HttpResponse, delay as wait, type RequestHandler } from 'msw';
import {
  InvalidCursorError,
  ValidationError,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  pageOrganizations,
  parseListQuery,
  type Organization,
} from '@ngo-liaison/core';
import { mswPattern, problemResponse } from './responses.js';

export function organizationHandlers(base: string, organizations: readonly Organization[], delay: number): RequestHandler[] {
  const byId = new Map(organizations.map((org) => [org.id, org]));
  return [
    http.get(mswPattern(base, operations.listOrganizations.path), async ({ request }) => {
      if (delay) await wait(delay);
      try {
        const query = parseListQuery(new URL(request.url).searchParams);
        return HttpResponse.json(pageOrganizations(organizations, query));
      } catch (error) {
        if (error instanceof ValidationError) return problemResponse(invalidRequestProblem(error.issues));
        if (error instanceof InvalidCursorError) return problemResponse(invalidRequestProblem([{ path: 'cursor', message: error.message }]));
        throw error;
      }
    }),
    http.get(mswPattern(base, operations.getOrganization.path), async ({ params }) => {
      if (delay) await wait(delay);
      const org = byId.get(String(params.id));
      return org ? HttpResponse.json(org) : problemResponse(notFoundProblem(`No organisation with id "${String(params.id)}"`));
    }),
  ];
}
