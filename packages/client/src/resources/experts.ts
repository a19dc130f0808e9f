import { ExpertDesignation, ExpertDesignationPage, ExpertProposalPage, buildPath, PATHS, type Page, type SectorCode } from '@ngo-liaison/core';
import { PagedList } from '../paged-list.js';
import { relativePath, type Transport } from '../transport.js';
import { appendPaging } from './list-params.js';

export interface ExpertDesignationParams {
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

export interface ExpertProposalParams {
  /** Minimum score, 0–1 (server default 0.5). */
  threshold?: number;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/**
 * A sector's expert NGOs, two lists kept apart: the organisations the sector designated
 * (its decisions), and the matching engine's computed proposal (`kind: "computed-proposal"`).
 */
export interface ExpertsResource {
  /** The sector's designated experts, the latest designation first. */
  designated(sector: SectorCode, params?: ExpertDesignationParams): PagedList<ExpertDesignation>;
  /** The computed proposal: organisations scoring at least the threshold against the sector, explained. */
  proposal(sector: SectorCode, params?: ExpertProposalParams): Promise<ExpertProposalPage>;
}

export function expertsResource(transport: Transport): ExpertsResource {
  return {
    designated(sector, { limit, cursor, signal } = {}) {
      const fetchPage = (pageCursor: string | undefined): Promise<Page<ExpertDesignation>> => {
        const searchParams = new URLSearchParams();
        appendPaging(searchParams, limit, pageCursor);
        return transport.get(relativePath(buildPath(PATHS.listSectorExperts, { code: sector })), ExpertDesignationPage, { searchParams, signal });
      };
      return new PagedList(fetchPage, cursor);
    },
    proposal(sector, { threshold, limit, cursor, signal } = {}) {
      const searchParams = new URLSearchParams();
      if (threshold !== undefined) searchParams.set('threshold', String(threshold));
      appendPaging(searchParams, limit, cursor);
      return transport.get(relativePath(buildPath(PATHS.getSectorExpertProposal, { code: sector })), ExpertProposalPage, { searchParams, signal });
    },
  };
}
