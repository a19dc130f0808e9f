export * from './addressee.js';
export * from './inbox-item.js';
export * from './addressee-holders.js';
export * from './deliveries.js';
export * from './inbox-query.js';
export * from './atom-feed.js';
