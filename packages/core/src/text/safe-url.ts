/**
 * The URL to put in an `href`, or undefined when `value` is not an absolute http(s) URL.
 * Schemas already refuse other websites; this guards data that skipped validation (a
 * hand-written `src` file) against `javascript:`, `data:` and friends.
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
}
