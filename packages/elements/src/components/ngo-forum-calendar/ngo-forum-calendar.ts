import { NgoForumCalendar } from './ngo-forum-calendar.element.js';

export { NgoForumCalendar };
export default NgoForumCalendar;

// <ngo-event-detail>, shown in the calendar's dialog, is imported when the first event is opened.
NgoForumCalendar.define('ngo-forum-calendar');

declare global {
  interface HTMLElementTagNameMap {
    'ngo-forum-calendar': NgoForumCalendar;
  }
}
