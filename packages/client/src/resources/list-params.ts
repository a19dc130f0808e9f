/** Adds a filter to a query string; an array becomes a repeated parameter (OR). */
export function appendFilter(params: URLSearchParams, name: string, value: string | readonly string[] | undefined): void {
  if (value === undefined) return;
  for (const v of typeof value === 'string' ? [value] : value) params.append(name, v);
}

/** `limit` and `cursor`, when given. */
export function appendPaging(params: URLSearchParams, limit: number | undefined, cursor: string | undefined): void {
  if (limit !== undefined) params.set('limit', String(limit));
  if (cursor) params.set('cursor', cursor);
}
