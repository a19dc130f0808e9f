import type { Context, Hono } from 'hono';
import {
  notFoundProblem,
  operations,
  organizationQueryToParams,
  organizationVCard,
  organizationsToCsv,
  organizationsToJsonExport,
  organizationsToVCards,
  organizationForReader,
  parseOrganizationQuery,
  pathParamsProblem,
  readerView,
  readerViewOf,
  type Organization,
  type Principal,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { readerDependent } from '../http/reader-view.js';
import { respondWithEtag } from '../http/conditional-get.js';
import { problemResponse } from '../http/problem-response.js';
import { RenderedCache } from '../http/rendered-cache.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

/** Downloads for the Liaison Committee, the Sectors and the Member States: same filters as the list. */
export function exportRoutes(app: Hono, storage: Storage): void {
  // The same downloads are asked for again and again: each rendering is kept for its revision and query.
  const rendered = new RenderedCache();
  const download = (c: Context, body: string, type: string, filename: string) =>
    c.body(body, 200, {
      'content-type': `${type}; charset=utf-8`,
      'content-disposition': `attachment; filename="${filename}"`,
    });

  /**
   * Answers an export of every match of the request's query: 304 when the client holds the
   * current one, else the rendering (from the cache when this revision and query were rendered).
   */
  const exportOf = async (c: Context, format: string, type: string, filename: string, render: (items: Organization[], reader: Principal) => string) => {
    const { index, revision } = await storage.organizations.snapshot();
    const query = parseOrganizationQuery(new URL(c.req.url).searchParams, { vocabulary: index.vocabulary, paging: false });
    const principal = principalOf(c);
    // Partners-only contacts go only to readers who may see them: the view is in the tag, the cache key.
    const tag = revisionEtag(revision, `export.${format}.${readerView(principal)}`, organizationQueryToParams(query, { paging: false }).toString());
    readerDependent(c, principal);
    return respondWithEtag(c, tag, async () => {
      const body = await rendered.get(tag, () => render(index.searchAll(query).map((org) => organizationForReader(org, principal)), principal));
      return download(c, body, type, filename);
    });
  };

  app.get(routePath(operations.exportOrganizationsCsv.path), (c) => exportOf(c, 'csv', 'text/csv', 'organizations.csv', (items, reader) => organizationsToCsv(items, { reader })));

  app.get(routePath(operations.exportOrganizationsJson.path), (c) =>
    exportOf(c, 'json', 'application/json', 'organizations.json', (items) => JSON.stringify(organizationsToJsonExport(items))),
  );

  app.get(routePath(operations.exportOrganizationsVcard.path), (c) => exportOf(c, 'vcf', 'text/vcard', 'organizations.vcf', (items, reader) => organizationsToVCards(items, reader)));

  app.get(routePath(operations.getOrganizationVcard.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getOrganizationVcard, { id });
    if (malformed) return problemResponse(c, malformed);
    const { index, revision } = await storage.organizations.snapshot();
    const principal = principalOf(c);
    readerDependent(c, principal);
    return respondWithEtag(c, revisionEtag(revision, `vcard.${readerViewOf(principal, id)}`, id), () => {
      const org = index.get(id);
      if (!org) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
      const card = organizationVCard(org, principal);
      if (!card) return problemResponse(c, notFoundProblem(`Organisation "${id}" has no contact you may export`));
      return download(c, card, 'text/vcard', `${id}.vcf`);
    });
  });
}
