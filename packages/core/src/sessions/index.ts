// Governing-body sessions: the schema, its rules and names; sample sessions are exported from `@ngo-liaison/core/sample-data`.
export * from './governing-body-session.js';
export * from './session-rules.js';
export * from './validate-sessions.js';
export * from './session-title.js';
export * from './session-query.js';
