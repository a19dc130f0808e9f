import { ExpertPage, OrganizationMatchPage, ProgrammeMatchPage, buildPath, PATHS, type SectorCode } from '@ngo-liaison/core';
import { relativePath, type Transport } from '../transport.js';
import { appendPaging } from './list-params.js';
import { matchSearchParams, type MatchParams } from './programmes.js';

export interface ExpertParams {
  /** Minimum score, 0–1 (server default 0.5). */
  threshold?: number;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface MatchingResource {
  /** Organisations ranked for a programme (same as `programmes.matches`). */
  forProgramme(programmeId: string, params?: MatchParams): Promise<OrganizationMatchPage>;
  /** Programmes ranked for an organisation. */
  forOrganization(organizationId: string, params?: MatchParams): Promise<ProgrammeMatchPage>;
  /** A sector's expert organisations: those scoring at least the threshold, explained. */
  experts(sector: SectorCode, params?: ExpertParams): Promise<ExpertPage>;
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
    experts(sector, { threshold, limit, cursor, signal } = {}) {
      const searchParams = new URLSearchParams();
      if (threshold !== undefined) searchParams.set('threshold', String(threshold));
      appendPaging(searchParams, limit, cursor);
      return transport.get(relativePath(buildPath(PATHS.getSectorExperts, { code: sector })), ExpertPage, { searchParams, signal });
    },
  };
}
