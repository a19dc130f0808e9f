import type { Context } from 'hono';
import { PROBLEM_TYPES, operations } from '@ngo-liaison/core';
import { problemResponse } from './problem-response.js';

/** Each contract path as a pattern, with the methods the contract gives it (HEAD wherever GET is). */
const ROUTES: { pattern: RegExp; methods: string[] }[] = (() => {
  const byPath = new Map<string, Set<string>>();
  for (const { path, method } of Object.values(operations)) {
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method.toUpperCase());
    if (method === 'get') methods.add('HEAD');
    byPath.set(path, methods);
  }
  return [...byPath].map(([path, methods]) => ({
    pattern: new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}$`),
    methods: [...methods].sort(),
  }));
})();

/**
 * 405 with `Allow` when the path is one the contract knows but the method is not one of its
 * operations (a POST to a read-only list), rather than a 404 that says the path does not exist.
 * Undefined for a path the contract does not know.
 */
export function methodNotAllowed(c: Context): Response | undefined {
  const path = new URL(c.req.url).pathname;
  const methods = [...new Set(ROUTES.filter((route) => route.pattern.test(path)).flatMap((route) => route.methods))].sort();
  if (!methods.length || methods.includes(c.req.method)) return undefined;
  c.header('allow', methods.join(', '));
  return problemResponse(c, {
    type: PROBLEM_TYPES.invalidRequest,
    title: 'Method not allowed',
    status: 405,
    detail: `${c.req.method} is not allowed on ${path}; allowed: ${methods.join(', ')}`,
  });
}
