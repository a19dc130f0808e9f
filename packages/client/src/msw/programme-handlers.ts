import type { RequestHandler } from 'msw';
import type { Action, ExpertDesignation, FocalPoint, LiaisonCommitteeMandate, Organization, Programme } from '@ngo-liaison/core';
import { SAMPLE_ACTIONS, SAMPLE_EXPERT_DESIGNATIONS, SAMPLE_FOCAL_POINTS, SAMPLE_MANDATES, SAMPLE_PROGRAMMES } from '@ngo-liaison/core/sample-data';
import { defaultCoverage } from '@ngo-liaison/core/matching';
import { actionHandlers } from './actions.js';
import { expertDesignationHandlers } from './experts.js';
import { mandateHandlers } from './liaison-committee.js';
import { fieldOfficeHandlers } from './field-offices.js';
import { focalPointHandlers } from './focal-points.js';
import { matchingHandlers } from './matching.js';
import { programmeHandlers } from './programmes.js';

export interface ProgrammeHandlerData {
  /** Default: the sample programmes. */
  programmes?: readonly Programme[];
  /** Default: the sample actions of the field offices and of the organisations served. */
  actions?: readonly Action[];
  /** Default: the sample focal points. */
  focalPoints?: readonly FocalPoint[];
  /** Default: the sample mandates whose members are all served. */
  mandates?: readonly LiaisonCommitteeMandate[];
  /** Default: the sample designations of the organisations served. */
  expertDesignations?: readonly ExpertDesignation[];
}

/** Programmes, matching, field offices, focal points, actions, expert designations and mandates over one data set. */
export function programmeAreaHandlers(
  base: string,
  organizations: readonly Organization[],
  data: ProgrammeHandlerData,
  delay: number,
  /** Actions published through the write path: they join the action list and the matching's track record. */
  published: () => readonly Action[] = () => [],
): RequestHandler[] {
  const coverage = defaultCoverage();
  const programmes = data.programmes ?? SAMPLE_PROGRAMMES;
  const orgIds = new Set(organizations.map((o) => o.id));
  // The sample records only where the organisations they name are there.
  const actions = data.actions ?? SAMPLE_ACTIONS.filter((a) => a.actor.kind === 'field-office' || orgIds.has(a.actor.organization));
  const focalPoints = data.focalPoints ?? SAMPLE_FOCAL_POINTS;
  const mandates = data.mandates ?? SAMPLE_MANDATES.filter((m) => m.members.every((member) => orgIds.has(member.organization)));
  const designations = data.expertDesignations ?? SAMPLE_EXPERT_DESIGNATIONS.filter((d) => orgIds.has(d.organization));
  return [
    ...programmeHandlers(base, programmes, coverage, delay),
    ...matchingHandlers(base, { organizations, programmes, actions, coverage }, delay, published),
    ...fieldOfficeHandlers(base, coverage, delay),
    ...focalPointHandlers(base, focalPoints, programmes, coverage, delay),
    ...actionHandlers(base, { actions, programmes, organizations, coverage }, delay, published),
    ...expertDesignationHandlers(base, designations, delay),
    ...mandateHandlers(base, { mandates, organizations }, delay),
  ];
}
