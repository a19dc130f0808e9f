import type { Addressee, FieldIssue, Language, InboxItemKind, InboxPage, Organization, OrganizationPatch, OrganizationRevision, OrganizationWriteResult, Page, RevisionState } from '@ngo-liaison/core';

/*
 * What the write-path elements need of `@ngo-liaison/client` (createClient's return value fits).
 * Structural, so a page can pass the client it already has (token or cookie session) and the
 * elements never hold a credential themselves.
 */

export interface RevisionListParams {
  state?: RevisionState;
  organization?: string;
  limit?: number;
  cursor?: string;
}

export interface RevisionsClient {
  /** Awaitable for the first page (the client returns a PagedList). */
  list(params?: RevisionListParams): PromiseLike<Page<OrganizationRevision>>;
}

/** What <ngo-organization-editor> calls. */
export interface OrganizationEditorClient {
  organizations: {
    getForEdit(id: string): Promise<{ organization: Organization; version: string }>;
    update(id: string, patch: OrganizationPatch, options: { ifMatch: string }): Promise<OrganizationWriteResult>;
  };
  revisions: RevisionsClient;
}

/** What <ngo-revision-review> calls. */
export interface RevisionReviewClient {
  organizations: { getForEdit(id: string): Promise<{ organization: Organization; version: string }> };
  revisions: RevisionsClient & {
    publish(id: string): Promise<OrganizationWriteResult>;
    return(id: string, reason: string): Promise<OrganizationRevision>;
  };
}

export interface InboxPageParams {
  /** Addressee keys ("sector:CLT", "member-state:KE"); none: every inbox the person reads. */
  addressee?: string | string[];
  kind?: InboxItemKind | InboxItemKind[];
  unread?: boolean;
  limit?: number;
  cursor?: string;
  signal?: AbortSignal;
}

/** What <ngo-inbox> calls (`client.inbox` of createClient, signed in). */
export interface InboxClient {
  inbox: {
    page(params?: InboxPageParams): Promise<InboxPage>;
    mark(ids: string[], read: boolean): Promise<{ updated: number; unread: number }>;
    /** Absolute URL of the addressee's public Atom feed (`lang`: the language of its titles, where the client takes it). */
    feedUrl(addressee: Addressee | string, options?: { lang?: Language }): string;
  };
}

/**
 * The client's errors, read by their fields rather than `instanceof` (two copies of the
 * client may share a page): `kind` 'http' with `status`, the problem's field issues, and on
 * 409/412 the current version and record.
 */
export interface WriteFailure {
  kind?: string;
  status?: number;
  issues: FieldIssue[];
  currentVersion?: string | undefined;
  current?: Organization | undefined;
}

export function writeFailure(error: unknown): WriteFailure {
  const { kind, status, problem, issues, currentVersion, current } = (error ?? {}) as {
    kind?: string;
    status?: number;
    problem?: { errors?: FieldIssue[]; currentVersion?: string; current?: unknown };
    issues?: FieldIssue[];
    currentVersion?: string;
    current?: unknown;
  };
  const record = current ?? problem?.current;
  return {
    ...(kind ? { kind } : {}),
    ...(status ? { status } : {}),
    issues: Array.isArray(issues) ? issues : (problem?.errors ?? []),
    currentVersion: currentVersion ?? problem?.currentVersion,
    current: record && typeof record === 'object' ? (record as Organization) : undefined,
  };
}
