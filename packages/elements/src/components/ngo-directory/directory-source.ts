import type { FieldIssue, Organization, Page } from '@ngo-liaison/core';
import type { FacetCounts, OrganizationQuery } from '@ngo-liaison/core/search';
import type { ListOrganizationsParams } from '@ngo-liaison/client';

/** Parameters of one page request: a search query (text, facets, sort, lang) plus paging. */
export type ListParams = OrganizationQuery & { limit?: number; cursor?: string; signal?: AbortSignal };

/** A page of results; `facets` when the source counts them (the API and the local index do). */
export type ResultPage = Page<Organization> & { facets?: Partial<FacetCounts> | undefined };

/**
 * What the directory needs from a client: `createClient()` from `@ngo-liaison/client`
 * fits, and so does any object with the same `organizations.list` (another backend, a cache).
 * A backend that ignores the search parameters still works: it lists, without filtering.
 */
export interface OrganizationSource {
  organizations: {
    list(params: ListOrganizationsParams): PromiseLike<ResultPage>;
  };
}

/** Results for a query, from wherever the organisations live. */
export interface SearchBackend {
  /** True when every search answers synchronously from memory (search as you type, no debounce). */
  readonly local: boolean;
  search(params: ListParams): ResultPage | PromiseLike<ResultPage>;
  /** Every organisation matching the query (for exports), when the backend holds them all. */
  all?(query: OrganizationQuery): readonly Organization[];
}

/** A client (or anything with `organizations.list`): the server searches. */
export class RemoteBackend implements SearchBackend {
  readonly local = false;
  readonly source: OrganizationSource;

  constructor(source: OrganizationSource) {
    this.source = source;
  }

  search(params: ListParams): PromiseLike<ResultPage> {
    // Facet values were checked against the closed vocabularies (normalizeQuery), so the
    // strings are the client's literal types.
    return this.source.organizations.list(params as ListOrganizationsParams);
  }

  /** Exports come from the API's own export routes, which a client built for an API base knows. */
  get canExport(): boolean {
    const organizations = this.source.organizations as { exportUrl?: unknown };
    return typeof organizations.exportUrl === 'function' || typeof (this.source as { baseUrl?: unknown }).baseUrl === 'string';
  }
}

/**
 * A failure to load a `src` file or an export, with the same `kind` (and `status`) as the
 * client's errors so the directory words it the same way. (The client itself is loaded
 * only when an API is used, so its classes are not at hand here.)
 */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly kind: 'http' | 'network' | 'response-validation';
  readonly url: string;
  readonly status: number | undefined;
  readonly issues: FieldIssue[];

  constructor(kind: LoadError['kind'], url: string, { status, issues = [], cause }: { status?: number; issues?: FieldIssue[]; cause?: unknown } = {}) {
    super(kind === 'http' ? `HTTP ${status} from ${url}` : kind === 'network' ? `Network error while requesting ${url}` : `Unexpected data from ${url}`, { cause });
    this.kind = kind;
    this.url = url;
    this.status = status;
    this.issues = issues;
  }
}

/** Fetches a URL the directory was given, mapping failures to LoadError. */
export async function fetchOk(url: string, init: RequestInit): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new LoadError('network', url, { cause: error });
  }
  if (!response.ok) throw new LoadError('http', url, { status: response.status });
  return response;
}
