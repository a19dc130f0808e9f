import * as z from 'zod/mini';
import { Health } from '../schemas/health.js';
import { Organization, OrganizationId } from '../schemas/organization.js';
import { pageOf } from '../schemas/page.js';
import { MAX_LIMIT, DEFAULT_LIMIT } from '../query/list-query.js';

export const OrganizationPage = pageOf(Organization);
export type OrganizationPage = z.infer<typeof OrganizationPage>;

export interface QueryParameter {
  description: string;
  schema: Record<string, unknown>;
}

export interface Operation {
  method: 'get';
  /** OpenAPI-style template: `/v1/organizations/{id}`. */
  path: string;
  summary: string;
  description?: string;
  tags: string[];
  pathParams?: Record<string, z.ZodMiniType>;
  query?: Record<string, QueryParameter>;
  /** Schema of the 200 response body. */
  response: z.ZodMiniType;
  /** Error statuses the route can answer with (always problem+json). */
  errors: number[];
}

const pagingQuery = {
  limit: {
    description: `Page size, 1–${MAX_LIMIT} (default ${DEFAULT_LIMIT}).`,
    schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  },
  cursor: {
    description: 'Opaque cursor from the previous page\'s `nextCursor`.',
    schema: { type: 'string' },
  },
} satisfies Record<string, QueryParameter>;

/**
 * The API contract: one table read by the server (routes, validation), the OpenAPI
 * document and the client. A change here is a change everywhere.
 */
export const operations = {
  listOrganizations: {
    method: 'get',
    path: '/v1/organizations',
    summary: 'List organisations',
    description: 'A page of NGOs and foundations in official partnership, in name order.',
    tags: ['organizations'],
    query: pagingQuery,
    response: OrganizationPage,
    errors: [400],
  },
  getOrganization: {
    method: 'get',
    path: '/v1/organizations/{id}',
    summary: 'Get one organisation',
    tags: ['organizations'],
    pathParams: { id: OrganizationId },
    response: Organization,
    errors: [400, 404],
  },
  health: {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness and storage check',
    tags: ['meta'],
    response: Health,
    errors: [503],
  },
} as const satisfies Record<string, Operation>;

export type OperationId = keyof typeof operations;

/** Fills `{name}` placeholders, encoding each value. */
export function buildPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}
