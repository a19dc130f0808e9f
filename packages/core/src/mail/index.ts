export * from './mail-message.js';
export * from './mail-layout.js';
export * from './inbox-kind-labels.js';
export * from './invitation-mail.js';
export * from './inbox-notice-mail.js';
export * from './mail-preferences.js';
export * from './mail-preference-decisions.js';
export * from './inbox-digest-mail.js';
