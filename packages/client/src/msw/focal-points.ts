import { http, HttpResponse, type RequestHandler } from 'msw';
import { listFocalPoints, operations, parseFocalPointQuery, type Coverage, type FocalPoint, type Programme } from '@ngo-liaison/core';
import { guarded } from './guard.js';
import { mswPattern } from './responses.js';

export function focalPointHandlers(base: string, focalPoints: readonly FocalPoint[], programmes: readonly Programme[], coverage: Coverage, delay: number): RequestHandler[] {
  const programmeIds = programmes.map((p) => p.id);
  return [
    http.get(mswPattern(base, operations.listFocalPoints.path), ({ request }) =>
      guarded(delay, () => HttpResponse.json(listFocalPoints(focalPoints, parseFocalPointQuery(new URL(request.url).searchParams, coverage, programmeIds)))),
    ),
  ];
}
