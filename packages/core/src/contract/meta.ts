import { Health } from '../schemas/health.js';
import type { Operation } from './operations.js';
import { PATHS } from './paths.js';

export const metaOperations = {
  health: {
    method: 'get',
    path: PATHS.health,
    summary: 'Liveness and storage check',
    tags: ['meta'],
    response: Health,
    errors: [503],
  },
} as const satisfies Record<string, Operation>;
