import { createConfig, lintFromString } from '@redocly/openapi-core';
import { expect, test } from 'vitest';
import { buildOpenApiDocument } from './openapi.js';

/**
 * Warnings we keep on purpose, each with its reason. Errors are never accepted.
 * - /healthz answers 200 or 503 and nothing else: a liveness probe has no client error to report.
 */
const ACCEPTED_WARNINGS = ['operation-4xx-response at #/paths/~1healthz/get/responses'];

test('the OpenAPI document passes Redocly’s recommended rules (no error; only the warnings accepted above)', async () => {
  const document = buildOpenApiDocument({ version: '0.0.0-test', serverUrl: 'http://127.0.0.1:8787' });
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: '/openapi.json', config });
  const found = problems.map((problem) => ({
    severity: problem.severity,
    where: `${problem.ruleId} at ${problem.location[0]?.pointer ?? '?'}`,
    message: problem.message,
  }));
  expect(found.filter((problem) => problem.severity === 'error')).toEqual([]);
  expect(found.filter((problem) => !ACCEPTED_WARNINGS.includes(problem.where))).toEqual([]);
}, 30_000);
