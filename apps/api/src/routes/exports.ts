import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import {
  OrganizationId,
  invalidRequestProblem,
  notFoundProblem,
  operations,
  organizationQueryToParams,
  organizationVCard,
  organizationsToCsv,
  organizationsToJsonExport,
  organizationsToVCards,
  parseOrganizationQuery,
  type Organization,
} from '@ngo-liaison/core';
import { problemResponse } from '../http/problem-response.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** Downloads for the Liaison Committee, the Sectors and the Member States: same filters as the list. */
export function exportRoutes(app: Hono, storage: Storage): void {
  /** Every match of the request's query, and the ETag of this export of it. */
  const matching = async (c: Context, format: string): Promise<{ items: Organization[]; etag: string }> => {
    const { index, revision } = await storage.organizations.snapshot();
    const query = parseOrganizationQuery(new URL(c.req.url).searchParams, { vocabulary: index.vocabulary, paging: false });
    const etag = revisionEtag(revision, `export.${format}`, organizationQueryToParams(query, { paging: false }).toString());
    return { items: index.searchAll(query), etag };
  };
  const download = (c: Context, body: string, type: string, filename: string, etag: string) =>
    c.body(body, 200, {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${filename}"`,
      etag,
    });

  app.get(routePath(operations.exportOrganizationsCsv.path), async (c) => {
    const { items, etag } = await matching(c, 'csv');
    return download(c, organizationsToCsv(items), 'text/csv', 'organizations.csv', etag);
  });

  app.get(routePath(operations.exportOrganizationsJson.path), async (c) => {
    const { items, etag } = await matching(c, 'json');
    return c.json(organizationsToJsonExport(items), 200, { etag });
  });

  app.get(routePath(operations.exportOrganizationsVcard.path), async (c) => {
    const { items, etag } = await matching(c, 'vcf');
    return download(c, organizationsToVCards(items), 'text/vcard', 'organizations.vcf', etag);
  });

  app.get(routePath(operations.getOrganizationVcard.path), async (c) => {
    const id = c.req.param('id') ?? '';
    if (!z.safeParse(OrganizationId, id).success) {
      return problemResponse(c, invalidRequestProblem([{ path: 'id', message: 'must be a lower-case slug such as "icom"' }]));
    }
    const { index, revision } = await storage.organizations.snapshot();
    const org = index.get(id);
    if (!org) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    const card = organizationVCard(org);
    if (!card) return problemResponse(c, notFoundProblem(`Organisation "${id}" has no published or demo contact to export`));
    return download(c, card, 'text/vcard', `${id}.vcf`, revisionEtag(revision, 'vcard', id));
  });
}
