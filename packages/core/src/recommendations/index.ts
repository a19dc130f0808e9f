export * from './recommendation.js';
export * from './routing-proposal.js';
export * from './recommendation-decisions.js';
export * from './recommendation-query.js';
export * from './recommendation-evaluations.js';
