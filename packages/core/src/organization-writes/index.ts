export * from './organization-patch.js';
export * from './organization-revision.js';
export * from './partnership-decision.js';
export * from '../audit/audit-entry.js';
