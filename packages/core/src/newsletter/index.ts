export * from './newsletter.js';
export * from './newsletter-strings.js';
export * from './compose-newsletter.js';
export * from './sample-newsletter.js';
export * from './newsletter-recipients.js';
export * from './newsletter-page-strings.js';
export * from './newsletter-topics.js';
export * from './newsletter-live-items.js';
