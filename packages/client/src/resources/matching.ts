import { OrganizationMatchPage, ProgrammeMatchPage, buildPath, PATHS } from '@ngo-liaison/core';
import { relativePath, type Transport } from '../transport.js';
import { matchSearchParams, type MatchParams } from './programmes.js';

export interface MatchingResource {
  /** Organisations ranked for a programme (same as `programmes.matches`). */
  forProgramme(programmeId: string, params?: MatchParams): Promise<OrganizationMatchPage>;
  /** Programmes ranked for an organisation. */
  forOrganization(organizationId: string, params?: MatchParams): Promise<ProgrammeMatchPage>;
}

export function matchingResource(transport: Transport): MatchingResource {
  return {
    forProgramme(programmeId, params = {}) {
      return transport.get(relativePath(buildPath(PATHS.getProgrammeMatches, { id: programmeId })), OrganizationMatchPage, {
        searchParams: matchSearchParams(params),
        signal: params.signal,
      });
    },
    forOrganization(organizationId, params = {}) {
      return transport.get(relativePath(buildPath(PATHS.getOrganizationMatches, { id: organizationId })), ProgrammeMatchPage, {
        searchParams: matchSearchParams(params),
        signal: params.signal,
      });
    },
  };
}
