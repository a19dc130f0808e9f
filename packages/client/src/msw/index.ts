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
  type Problem,
} from '@ngo-liaison/core';
import { SAMPLE_ORGANIZATIONS } from '@ngo-liaison/core/sample-data';

export interface HandlerOptions {
  /**
   * URL of the API's `/v1` that the handlers answer for. The default matches `/v1` on any
   * origin, which suits tests and Storybook.
   */
  baseUrl?: string;
  /** The organisations to serve (default: the sample data set). */
  organizations?: readonly Organization[];
  /** Milliseconds to wait before answering, to show loading states. */
  delay?: number;
}

function problemResponse(problem: Problem) {
  return HttpResponse.json(problem, { status: problem.status, headers: { 'content-type': 'application/problem+json' } });
}

/** msw path pattern for a contract path: `{id}` → `:id`, `/v1` → the base URL. */
function pattern(base: string, contractPath: string): string {
  return base + contractPath.replace(/^\/v1/, '').replace(/\{(\w+)\}/g, ':$1');
}

/**
 * msw request handlers that behave like the reference server (same pages, cursors and
 * problem+json errors), backed by in-memory data. For your tests and for Storybook.
 */
export function createHandlers({ baseUrl = '*/v1', organizations = SAMPLE_ORGANIZATIONS, delay = 0 }: HandlerOptions = {}): RequestHandler[] {
  const base = baseUrl.replace(/\/$/, '');
  const byId = new Map(organizations.map((org) => [org.id, org]));

  return [
    http.get(pattern(base, operations.listOrganizations.path), async ({ request }) => {
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
    http.get(pattern(base, operations.getOrganization.path), async ({ params }) => {
      if (delay) await wait(delay);
      const org = byId.get(String(params.id));
      return org ? HttpResponse.json(org) : problemResponse(notFoundProblem(`No organisation with id "${String(params.id)}"`));
    }),
  ];
}

