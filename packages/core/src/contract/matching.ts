import * as z from 'zod/mini';
import { ExpertProposalPage, OrganizationMatchPage, ProgrammeMatchPage } from '../schemas/match.js';
import { OrganizationId } from '../schemas/organization.js';
import { MATCH_CRITERIA, ProgrammeId } from '../schemas/programme.js';
import { DEFAULT_LIMIT, MAX_LIMIT } from '../query/list-query.js';
import type { Operation, QueryParameter } from './operations.js';
import { PATHS } from './paths.js';

const pageQuery = {
  limit: {
    description: `Matches per page, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  cursor: {
    description: "Opaque cursor from the previous page's `nextCursor` (same weights).",
    schema: { type: 'string' },
  },
} satisfies Record<string, QueryParameter>;

const weightsQuery: QueryParameter = {
  description:
    `Weights overriding the programme's partner criteria, as criterion:weight pairs separated by commas ` +
    `(e.g. \`geography:3,sector:1\`); criteria: ${MATCH_CRITERIA.join(', ')}. Non-negative numbers on any scale, ` +
    'normalised over the criteria that apply. Negative, non-numeric or all-zero weights answer 400.',
  schema: { type: 'string', pattern: '^[a-z-]+:\\d+(\\.\\d+)?(,[a-z-]+:\\d+(\\.\\d+)?)*$' },
};

export const matchingOperations = {
  getProgrammeMatches: {
    method: 'get',
    path: PATHS.getProgrammeMatches,
    summary: 'Organisations ranked for a programme',
    description:
      'Every organisation scored against the programme, best first (ties by id), with each criterion\'s weight, fit and contribution and the reasons in the six languages.',
    tags: ['matching'],
    pathParams: { id: ProgrammeId },
    query: { ...pageQuery, weights: weightsQuery },
    response: OrganizationMatchPage,
    errors: [400, 404],
  },
  getOrganizationMatches: {
    method: 'get',
    path: PATHS.getOrganizationMatches,
    summary: 'Programmes ranked for an organisation',
    tags: ['matching'],
    pathParams: { id: OrganizationId },
    query: { ...pageQuery, weights: weightsQuery },
    response: ProgrammeMatchPage,
    errors: [400, 404],
  },
  getSectorExpertProposal: {
    method: 'get',
    path: PATHS.getSectorExpertProposal,
    summary: "A computed proposal of a sector's expert organisations",
    description:
      "Organisations whose score against the sector (sector, its themes, track record) reaches the threshold, each explained. A proposal for the sector to consider (`kind: \"computed-proposal\"`), not a designation: the sector's designated experts are at /v1/sectors/{code}/experts.",
    tags: ['matching', 'experts'],
    pathParams: { code: z.string() },
    query: {
      ...pageQuery,
      threshold: { description: 'Minimum score, 0–1 (default 0.5).', schema: { type: 'number', minimum: 0, maximum: 1, default: 0.5 } },
    },
    response: ExpertProposalPage,
    errors: [400, 404],
  },
} as const satisfies Record<string, Operation>;
