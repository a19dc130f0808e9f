export * from './hearing.js';
export * from './hearing-decisions.js';
export * from './hearing-event.js';
export * from './hearing-query.js';
