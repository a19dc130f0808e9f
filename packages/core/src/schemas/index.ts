export * from './certainty.js';
export * from './country.js';
export * from './health.js';
export * from './localized-text.js';
export * from './organization.js';
export * from './page.js';
export * from './problem.js';
export * from './sector.js';
