import type * as z from 'zod/mini';
import { Organization, OrganizationId } from '../schemas/organization.js';
import { pageOf } from '../schemas/page.js';
import type { Operation } from './operations.js';
import { pagingQuery } from './paging-query.js';

export const OrganizationPage = pageOf(Organization);
export type OrganizationPage = z.infer<typeof OrganizationPage>;

export const organizationOperations = {
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
} as const satisfies Record<string, Operation>;
