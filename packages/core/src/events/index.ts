// The ForumEvent entity and its rules; the sample events are exported from `@ngo-liaison/core/sample-data`.
export * from './forum-event.js';
export * from './event-rules.js';
export * from './event-time.js';
export * from './event-query.js';
export * from './event-match.js';
export * from './event-paging.js';
export * from './event-revision.js';
export * from './event-labels.js';
export * from './organizer-name.js';
export * from './vocabulary.js';
export * from './vocabulary-ar.js';
export * from './vocabulary-en.js';
export * from './vocabulary-es.js';
export * from './vocabulary-fr.js';
export * from './vocabulary-ru.js';
export * from './vocabulary-zh.js';
export * from './validate-events.js';
export { EventPage, eventFilterQuery, eventOperations } from '../contract/events.js';
