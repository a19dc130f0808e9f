export * from './recommendation.js';
