import { Organization, OrganizationId, issuesOf, safeParse, type FieldIssue } from '@ngo-liaison/core';
import * as z from 'zod/mini';
import { LoadError, fetchOk } from './directory-source.js';

// The `src` path only (a static JSON export searched in the browser): its own chunk, so a
// directory on an API does not download the file checks.

/** The export's outer shape; each record is checked on its own (loadStaticExport). */
const ExportShape = z.union([z.array(z.unknown()), z.object({ items: z.array(z.unknown()) })]);

/** A record of a static export that failed validation and was left out. */
export interface SkippedRecord {
  /** 1-based position of the record in the file. */
  readonly position: number;
  /** The record's id, when it has one of the right shape (otherwise it is named by position). */
  readonly id: string | undefined;
  /** What is wrong with it, field by field. */
  readonly issues: readonly FieldIssue[];
}

export interface StaticExport {
  organizations: Organization[];
  skipped: SkippedRecord[];
}

const idOf = (record: unknown): string | undefined => {
  const id = (record as { id?: unknown } | null)?.id;
  return typeof id === 'string' && safeParse(OrganizationId, id).success ? id : undefined;
};

/**
 * Loads a static JSON export (`/v1/organizations.json`, or a plain array of organisations)
 * and validates every record: data from a file is held to the same schema as the API's.
 * An invalid record is left out (and reported in `skipped`) rather than blanking the
 * directory; a file with no valid record at all is not an export of organisations.
 */
export async function loadStaticExport(src: string, signal: AbortSignal): Promise<StaticExport> {
  const url = new URL(src, document.baseURI).href;
  const response = await fetchOk(url, { signal, headers: { accept: 'application/json' }, credentials: 'same-origin' });
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new LoadError('response-validation', url, { issues: [{ path: '', message: 'is not JSON' }] });
  }
  const shape = safeParse(ExportShape, body);
  if (!shape.success) throw new LoadError('response-validation', url, { issues: issuesOf(shape.error) });
  const records = Array.isArray(shape.data) ? shape.data : shape.data.items;
  const organizations: Organization[] = [];
  const skipped: SkippedRecord[] = [];
  records.forEach((record, index) => {
    const result = safeParse(Organization, record);
    if (result.success) organizations.push(result.data);
    else skipped.push({ position: index + 1, id: idOf(record), issues: issuesOf(result.error) });
  });
  if (skipped.length && !organizations.length) {
    const [first] = skipped;
    throw new LoadError('response-validation', url, { issues: first!.issues.map((issue) => ({ ...issue, path: `items.${first!.position - 1}.${issue.path}` })) });
  }
  return { organizations, skipped };
}
