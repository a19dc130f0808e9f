export * from './mail-message.js';
