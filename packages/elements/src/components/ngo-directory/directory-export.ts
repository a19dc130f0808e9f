import { organizationsToCsv, type Language } from '@ngo-liaison/core';
import { organizationQueryToParams, type OrganizationQuery } from '@ngo-liaison/core/search';
import { fetchOk, type SearchBackend } from './directory-source.js';

export type ExportFormat = 'csv' | 'json';

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** A client that can say where its API lives (`createClient()` does): exports are files of the API. */
interface WithBaseUrl {
  baseUrl?: unknown;
}

/** `createClient().organizations` has it: the URL of a download with the same search. */
interface WithExportUrl {
  exportUrl?: (format: ExportFormat, params: OrganizationQuery) => string;
}

/** The API's export URL for a query: from the client's `exportUrl`, or its `baseUrl`. */
export function remoteExportUrl(backend: SearchBackend, query: OrganizationQuery, format: ExportFormat): string | undefined {
  const source = (backend as { source?: WithBaseUrl & { organizations?: WithExportUrl } }).source;
  const { limit: _limit, cursor: _cursor, ...search } = query;
  if (typeof source?.organizations?.exportUrl === 'function') return source.organizations.exportUrl(format, search);
  const baseUrl = source?.baseUrl;
  if (typeof baseUrl !== 'string') return undefined;
  const url = new URL(`organizations.${format}`, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  url.search = organizationQueryToParams(search, { paging: false }).toString();
  return url.href;
}

/*
 * Loaded on the first export (a lazy chunk in the CDN build): most visitors never export.
 */

/**
 * Every organisation matching `query` as a file. A local index writes it in the browser
 * (the same JSON shape as the API's export, so it can be read back with `src`); a server
 * backend downloads the API's own export.
 */
export async function exportList(
  backend: SearchBackend | undefined,
  query: OrganizationQuery,
  format: ExportFormat,
  _language: Language,
): Promise<Blob> {
  if (!backend) throw new Error('Nothing to export: the directory has no data source.');
  if (backend.all) {
    const items = backend.all(query);
    // The same files as the API's exports: core writes both.
    const body = format === 'json' ? `${JSON.stringify({ items, total: items.length }, null, 2)}\n` : organizationsToCsv(items);
    return new Blob([body], { type: TYPES[format] });
  }
  const url = remoteExportUrl(backend, query, format);
  if (!url) throw new Error('This data source cannot export.');
  const response = await fetchOk(url, { headers: { accept: TYPES[format].split(';')[0]! } });
  return new Blob([await response.arrayBuffer()], { type: TYPES[format] });
}

/** Offers a file to the user as a download (a temporary blob: link, revoked afterwards). */
export function downloadExport(blob: Blob, format: ExportFormat): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = `organizations.${format}`;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
