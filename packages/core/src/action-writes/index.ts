export * from './action-submission.js';
export * from './action-decisions.js';
