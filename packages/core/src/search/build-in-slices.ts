import type { Language } from '../i18n/languages.js';
import type { Organization } from '../schemas/organization.js';
import { OrganizationIndex, type OrganizationIndexOptions } from './organization-index.js';

export interface SlicedBuildOptions extends OrganizationIndexOptions {
  /**
   * Called between slices; the build goes on when it resolves. In a browser, a function that
   * yields to the event loop (`scheduler.yield()`, or a MessageChannel round trip), so input
   * and rendering run between slices. Core reads no clock; `due` may (see below).
   */
  pause: () => Promise<void>;
  /**
   * Asked after each step of `step` organisations: whether to pause now (for instance once
   * 10 ms have passed since the last pause). Default: after every step.
   */
  due?: () => boolean;
  /** Organisations indexed per step (default 25: a few milliseconds on a phone). */
  step?: number;
  /** The language whose name order the first page needs: prepared slice by slice too (default en). */
  lang?: Language;
  /** Stops the build (the promise rejects with the signal's reason) between slices. */
  signal?: AbortSignal;
}

/**
 * Builds the same index as createOrganizationIndex, a few organisations at a time, with
 * `pause()` whenever `due()` says so: a page building a directory of 10,000 in the browser never
 * blocks its main thread for long (no worker: a blob worker would break a strict CSP).
 * Before each pause it also does the work the first query would otherwise do at once (see
 * OrganizationIndex.prepare).
 */
export async function buildOrganizationIndexInSlices(
  organizations: readonly Organization[],
  { pause, due = () => true, step = 25, lang = 'en', signal, ...options }: SlicedBuildOptions,
): Promise<OrganizationIndex> {
  const ids = new Set<string>();
  for (const org of organizations) {
    if (ids.has(org.id)) throw new Error(`duplicate organisation id "${org.id}"`);
    ids.add(org.id);
  }
  const index = new OrganizationIndex([], options);
  for (let start = 0; start < organizations.length; start += step) {
    index.apply({ upserted: organizations.slice(start, start + step) });
    if (!due()) continue;
    index.prepare(lang);
    await pause();
    signal?.throwIfAborted();
  }
  index.prepare(lang);
  return index;
}
