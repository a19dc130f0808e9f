export * from './action-submission.js';
export * from './action-decisions.js';
export * from './submission-query.js';
