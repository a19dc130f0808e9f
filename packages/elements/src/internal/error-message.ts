import type { LocalizeController } from './localize-controller.js';
import type { CommonKey } from './translation.js';

/**
 * The second line of an error box: what went wrong, in the element's language. Reads the
 * client's `kind` (not instanceof: two copies of the client may share a page). `notFound`
 * is what a 404 means for an element that loads one thing by id ("no such event"); without
 * it, a 404 is an error like any other (for a list, a wrong api-base).
 */
export function errorMessage(localize: LocalizeController<CommonKey>, error: unknown, notFound?: string): string {
  const { kind, status } = (error ?? {}) as { kind?: unknown; status?: unknown };
  if (kind === 'http') return notFound && status === 404 ? notFound : localize.term('errorHttp', { status: String(status) });
  // One expression rather than a switch: this runs in every bundle, and the directory's has no bytes to spare.
  return localize.term(kind === 'network' ? 'errorNetwork' : kind === 'timeout' ? 'errorTimeout' : kind === 'response-validation' ? 'errorData' : 'errorUnknown');
}
