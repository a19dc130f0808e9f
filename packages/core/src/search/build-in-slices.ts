import type { Language } from '../i18n/languages.js';
import type { Organization } from '../schemas/organization.js';
import { OrganizationIndex, type OrganizationIndexOptions } from './organization-index.js';

export interface SlicedBuildOptions extends OrganizationIndexOptions {
  /**
   * Called between slices; the build goes on when it resolves. In a browser, a function that
   * yields to the event loop (`scheduler.yield()`, or a MessageChannel round trip), so input
   * and rendering run between slices. Core reads no clock: slices are counted in records.
   */
  pause: () => Promise<void>;
  /** Organisations indexed per slice (default 200: well under 50 ms on a phone at 10,000). */
  slice?: number;
  /** The language whose name order the first page needs: prepared slice by slice too (default en). */
  lang?: Language;
  /** Stops the build (the promise rejects with the signal's reason) between slices. */
  signal?: AbortSignal;
}

/**
 * Builds the same index as createOrganizationIndex, a slice of organisations at a time, with
 * `pause()` between slices: a page building a directory of 10,000 in the browser never
 * blocks its main thread for long (no worker: a blob worker would break a strict CSP).
 * Each slice also does the work the first query would otherwise do at once (see prepare).
 */
export async function buildOrganizationIndexInSlices(
  organizations: readonly Organization[],
  { pause, slice = 200, lang = 'en', signal, ...options }: SlicedBuildOptions,
): Promise<OrganizationIndex> {
  const ids = new Set<string>();
  for (const org of organizations) {
    if (ids.has(org.id)) throw new Error(`duplicate organisation id "${org.id}"`);
    ids.add(org.id);
  }
  const index = new OrganizationIndex([], options);
  for (let start = 0; start < organizations.length; start += slice) {
    signal?.throwIfAborted();
    index.apply({ upserted: organizations.slice(start, start + slice) });
    index.prepare(lang);
    await pause();
  }
  signal?.throwIfAborted();
  return index;
}
