// NGO ↔ National Commission meetings: the state machine, its iCalendar and its mail.
export * from './meeting.js';
export * from './meeting-ics.js';
export * from './meeting-mail.js';
