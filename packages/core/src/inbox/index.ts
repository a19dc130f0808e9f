export * from './addressee.js';
export * from './inbox-item.js';
