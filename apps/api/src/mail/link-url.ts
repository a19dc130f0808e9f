/**
 * The absolute address of a page a mail links to: `base` (PUBLIC_URL, or the server's own
 * origin when it is unset) joined with `path`, the signed token in `?token=`. Mail clients
 * and link scanners open it with GET; the page it shows acts only on a POST from it.
 */
export function mailLinkUrl(base: string, path: string, token: string): string {
  const url = new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`);
  url.searchParams.set('token', token);
  return url.href;
}
