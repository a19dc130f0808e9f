// NGO ↔ National Commission meetings: the state machine, its iCalendar and its mail.
export * from './meeting.js';
export * from './meeting-ics.js';
export * from './meeting-mail.js';
export * from './meeting-schema.js';
export * from './meeting-decisions.js';
export * from './meeting-event.js';
export * from './meeting-counterparts.js';
