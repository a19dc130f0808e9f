export * from './action-submission.js';
