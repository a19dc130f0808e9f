import type { Context } from 'hono';
import { matchedRoutes } from 'hono/route';

/** The label of a request that no route answered (an unknown path): one label, however many paths. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * The route pattern that answered the request (`/v1/organizations/:id`, `/demo/*`), read after
 * the handlers ran: logs and metrics group by it, never by the raw path, so an id or a
 * scanner's made-up URL does not become a label of its own. A request that only middleware saw
 * and that ended in 404 is UNMATCHED_ROUTE.
 */
export function routeLabel(c: Context): string {
  const routes = matchedRoutes(c);
  const responder = routes[c.req.routeIndex];
  if (!responder) return UNMATCHED_ROUTE;
  // Middleware registered with app.use has method ALL; a handler has its method.
  if (responder.method === 'ALL' && (c.res.status === 404 || responder.path === '*' || responder.path === '/*')) return UNMATCHED_ROUTE;
  return responder.path;
}
