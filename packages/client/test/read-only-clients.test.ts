import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The read-only clients widgets bundle (createEventsClient, createSessionsClient,
 * createOrganizationsClient, createRecommendationsClient) must not pull in the write code: the
 * write transport (bodies, CSRF token), the request-body checks, the typed error classes. What
 * a bundler can reach from their modules is what their `import`s reach, so that is checked here;
 * the CDN size budgets (packages/elements/.size-limit.mjs) measure the bytes.
 */
const src = join(dirname(fileURLToPath(import.meta.url)), '../src');
const LOCAL_IMPORT = /(?:import|export)\s+(?!type\b)[^'";]*?from\s+'(\.\.?\/[^']+)\.js'/g;

/** The client's own modules `file` reaches through value imports (type-only imports vanish at build time). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(LOCAL_IMPORT)) reachable(join(dirname(file), `${spec}.ts`), seen);
  return seen;
}

const WRITE_CODE = ['write-transport.ts', 'write-errors.ts', 'http-errors.ts', 'resources/write-body.ts', 'resources/write-options.ts'];

describe('read-only clients', () => {
  it.each(['events', 'sessions', 'organizations', 'recommendations'])('resources/%s.ts reaches none of the write code', (name) => {
    const modules = [...reachable(join(src, 'resources', `${name}.ts`))].map((file) => relative(src, file));
    expect(modules).toContain('transport.ts');
    expect(modules.filter((module) => WRITE_CODE.includes(module))).toEqual([]);
  });

  it('the check sees write code where it is (the full client reaches it)', () => {
    const modules = [...reachable(join(src, 'create-client.ts'))].map((file) => relative(src, file));
    expect(modules).toEqual(expect.arrayContaining(WRITE_CODE));
  });
});
