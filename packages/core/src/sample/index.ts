import type { Organization } from '../schemas/organization.js';
import { REAL_ORGANIZATIONS } from './real-organizations.js';
import { FICTIONAL_ORGANIZATIONS } from './fictional-organizations.js';

export { REAL_ORGANIZATIONS, FICTIONAL_ORGANIZATIONS };
export { SAMPLE_PROGRAMMES, SAMPLE_ACTIONS, SAMPLE_FOCAL_POINTS } from '../programmes/sample/index.js';
export { SAMPLE_MANDATES } from '../liaison-committee/sample/mandates.js';
export { SAMPLE_EXPERT_DESIGNATIONS } from '../experts/sample/designations.js';

/** The sample data set: sourced real organisations, then the fictional demo set. */
export const SAMPLE_ORGANIZATIONS: readonly Organization[] = [...REAL_ORGANIZATIONS, ...FICTIONAL_ORGANIZATIONS];

export { REAL_EVENTS, fictionalEvents, sampleEvents } from '../events/sample-events.js';
export { REAL_SESSIONS, fictionalSessions, sampleSessions } from '../sessions/sample-sessions.js';
