export * from './consultation.js';
export * from './consultation-rules.js';
export * from './consultation-results.js';
export * from './consultation-invitation-mail.js';
export * from './consultation-decisions.js';
export * from './sample-consultation.js';
export * from './consultation-deliveries.js';
export * from './consultation-audience-directory.js';
