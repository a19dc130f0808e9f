export * from './feedback.js';
export * from './feedback-decisions.js';
export * from './feedback-summary.js';
export * from './feedback-query.js';
