import type { LocalizeController } from './localize-controller.js';
import type { CommonKey } from './translation.js';

/**
 * The second line of an error box: what went wrong, in the element's language. Reads the
 * client's `kind` (not instanceof: two copies of the client may share a page).
 */
export function errorMessage(localize: LocalizeController<CommonKey>, error: unknown, { oneOrganization = false } = {}): string {
  const { kind, status } = (error ?? {}) as { kind?: unknown; status?: unknown };
  switch (kind) {
    case 'network':
      return localize.term('errorNetwork');
    case 'timeout':
      return localize.term('errorTimeout');
    case 'http':
      // For one organisation a 404 means "no such id"; for a list, a wrong api-base.
      return oneOrganization && status === 404 ? localize.term('notFound') : localize.term('errorHttp', { status: String(status) });
    case 'response-validation':
      return localize.term('errorData');
    default:
      return localize.term('errorUnknown');
  }
}
