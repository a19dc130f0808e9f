import type { Hono } from 'hono';
import {
  notFoundProblem,
  operations,
  organizationEtag,
  organizationForReader,
  organizationQueryToParams,
  parseOrganizationQuery,
  pathParamsProblem,
  readerView,
  readerViewOf,
} from '@ngo-liaison/core';
import { principalOf } from '../access/principal-of.js';
import { readerDependent } from '../http/reader-view.js';
import { respondWithEtag } from '../http/conditional-get.js';
import { pageJson } from '../http/page-json.js';
import { problemResponse } from '../http/problem-response.js';
import { RenderedCache } from '../http/rendered-cache.js';
import { revisionEtag } from '../http/revision-etag.js';
import { routePath } from '../http/route-path.js';
import type { Storage } from '../storage/storage.js';

export interface OrganizationRouteOptions {
  /**
   * Keep the last rendered search pages, by ETag (default true): people typing ask the same
   * prefixes again and again, and a hit costs no search, facet count or serialisation.
   */
  responseCache?: boolean;
}

/** Rendered search pages kept: ~1,000 pages of 40 kB at most. */
const CACHED_PAGES = 1024;
const CACHED_CHARS = 48 * 1024 * 1024;

export function organizationRoutes(app: Hono, storage: Storage, { responseCache = true }: OrganizationRouteOptions = {}): void {
  const pages = responseCache ? new RenderedCache(CACHED_PAGES, CACHED_CHARS) : undefined;
  // Build the search index now rather than on the first visitor's request.
  storage.organizations.index().catch((error: unknown) => console.error('Building the organisation index failed:', error));

  app.get(routePath(operations.listOrganizations.path), async (c) => {
    const { index, revision } = await storage.organizations.snapshot();
    const query = parseOrganizationQuery(new URL(c.req.url).searchParams, { vocabulary: index.vocabulary });
    const principal = principalOf(c);
    const view = readerView(principal);
    // The view is in the tag, so neither the client's cache nor the rendered pages serve one reader's contacts to another.
    const tag = revisionEtag(revision, `list.${view}`, organizationQueryToParams(query).toString());
    readerDependent(c, principal);
    // A bad cursor fails inside (400, no ETag); a tag the client holds was made from a good one.
    return respondWithEtag(c, tag, async () => {
      const render = () => {
        const page = index.search(query);
        return pageJson(view === 'partners' ? page : { ...page, items: page.items.map((org) => organizationForReader(org, principal)) });
      };
      return c.body(pages ? await pages.get(tag, render) : render(), 200, { 'content-type': 'application/json' });
    });
  });

  app.get(routePath(operations.getOrganization.path), async (c) => {
    const id = c.req.param('id') ?? '';
    const malformed = pathParamsProblem(operations.getOrganization, { id });
    if (malformed) return problemResponse(c, malformed);
    const { index, versions } = await storage.organizations.snapshot();
    const org = index.get(id);
    if (!org) return problemResponse(c, notFoundProblem(`No organisation with id "${id}"`));
    const principal = principalOf(c);
    readerDependent(c, principal);
    // The version, for If-Match, with the reader's view: a partner's copy holds more contacts than the public one.
    const tag = organizationEtag(versions.get(id) ?? '1', readerViewOf(principal, id));
    return respondWithEtag(c, tag, () => c.json(organizationForReader(org, principal)));
  });
}
