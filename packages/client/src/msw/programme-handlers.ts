import type { RequestHandler } from 'msw';
import type { Action, FocalPoint, Organization, Programme } from '@ngo-liaison/core';
import { SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { defaultCoverage } from '@ngo-liaison/core/matching';
import { actionHandlers } from './actions.js';
import { fieldOfficeHandlers } from './field-offices.js';
import { focalPointHandlers } from './focal-points.js';
import { matchingHandlers } from './matching.js';
import { programmeHandlers } from './programmes.js';

export interface ProgrammeHandlerData {
  /** Default: the sample programmes. */
  programmes?: readonly Programme[];
  /** Default: the sample actions of the organisations served. */
  actions?: readonly Action[];
  /** Default: the sample focal points. */
  focalPoints?: readonly FocalPoint[];
}

/** Programmes, matching, field offices, focal points and actions over one data set. */
export function programmeAreaHandlers(base: string, organizations: readonly Organization[], data: ProgrammeHandlerData, delay: number): RequestHandler[] {
  const coverage = defaultCoverage();
  const programmes = data.programmes ?? SAMPLE_PROGRAMMES;
  const orgIds = new Set(organizations.map((o) => o.id));
  // Like the server: the sample actions only for organisations that are there.
  const actions = data.actions ?? SAMPLE_ACTIONS.filter((a) => orgIds.has(a.organization));
  const focalPoints = data.focalPoints ?? SAMPLE_FOCAL_POINTS;
  return [
    ...programmeHandlers(base, programmes, coverage, delay),
    ...matchingHandlers(base, { organizations, programmes, actions, coverage }, delay),
    ...fieldOfficeHandlers(base, coverage, delay),
    ...focalPointHandlers(base, focalPoints, programmes, coverage, delay),
    ...actionHandlers(base, { actions, programmes, organizations, coverage }, delay),
  ];
}
