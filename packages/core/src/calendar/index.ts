// Calendar building blocks: dates and zones, iCalendar, JSON-LD, web calendar links, month layout.
export * from './plain-date.js';
export * from './time-zone.js';
export * from './ics-text.js';
export * from './ics-writer.js';
export { vtimezoneLines } from './vtimezone.js';
export * from './json-ld.js';
export * from './calendar-links.js';
export * from './subscribe-link.js';
export * from './month-grid.js';
