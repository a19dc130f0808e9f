import type { Problem } from '../schemas/problem.js';
import { issuesOf } from '../errors/issues-of.js';
import { safeParse } from '../errors/safe-parse.js';
import { invalidRequestProblem } from '../errors/problems.js';
import type { Operation } from './operations.js';

/**
 * The 400 for path parameters that the operation's own schemas refuse (`/v1/organizations/Bad_Id`),
 * or undefined when they are well formed. The server's routes and the msw handlers both ask
 * this before looking anything up, so a malformed id is a 400 in both, never a 404 in one.
 */
export function pathParamsProblem(operation: Pick<Operation, 'pathParams'>, params: Readonly<Record<string, string | undefined>>): Problem | undefined {
  const issues = Object.entries(operation.pathParams ?? {}).flatMap(([name, schema]) => {
    const parsed = safeParse(schema, params[name] ?? '');
    return parsed.success ? [] : issuesOf(parsed.error, name);
  });
  return issues.length ? invalidRequestProblem(issues) : undefined;
}
