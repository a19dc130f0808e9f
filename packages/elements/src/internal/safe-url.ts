/**
 * Links built from data. Organisation records come from many hands (and, with `src`, from
 * any JSON file a site points at), so a value becomes a link only when it is plainly what
 * it claims to be; anything else is shown as text or not at all.
 */

/** An absolute http(s) URL, or undefined (`javascript:`, `data:`, relative or malformed). */
export function webUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A link the host page chose (a profile page, say): http(s), or relative to the page.
 * Resolved against the document so `javascript:` cannot slip in as a "relative" value.
 */
export function pageUrl(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
const PHONE = /^\+?[\d\s().-]{5,30}$/;

/** `mailto:` for a plain address, `tel:` for a plain phone number, otherwise undefined. */
export function contactUrl(kind: 'email' | 'phone' | 'postal', value: string): string | undefined {
  if (kind === 'email' && EMAIL.test(value)) return `mailto:${value}`;
  if (kind === 'phone' && PHONE.test(value)) return `tel:${value.replace(/[^\d+]/g, '')}`;
  return undefined;
}

/** What a link to `url` shows: host and path, without the scheme or a leading "www.". */
export function displayUrl(url: URL): string {
  // The path stays percent-encoded: decoding could bring back bidi controls or spaces.
  return `${url.hostname.replace(/^www\./, '')}${url.pathname === '/' ? '' : url.pathname}`;
}
