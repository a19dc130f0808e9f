export * from './roles.js';
export * from './principal.js';
export * from './field-codes.js';
export * from './session.js';
export * from './token.js';
export * from './invitation.js';
export * from './person.js';
