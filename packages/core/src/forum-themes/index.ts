export * from './forum-theme.js';
export * from './forum-theme-rules.js';
export * from './phase-registration.js';
export * from './forum-theme-inputs.js';
export * from './forum-theme-schemas.js';
export * from './forum-theme-decisions.js';
