// Entry of dist/cdn/ngo-forum-calendar.js: one <script type="module"> registers
// <ngo-forum-calendar> and <ngo-event-card>, with lit, core and the events client inlined.
// Loaded on demand as chunks next to it: <ngo-event-detail> (when an event is opened),
// "add to calendar" links, JSON-LD, locale strings and country names.
import { provideEventsClient } from '../components/ngo-forum-calendar/calendar-source.js';
import { createEventsClient } from '../components/ngo-forum-calendar/events-client.js';

// A script-tag embed almost always sets `api-base`: bundling the client saves the request
// that would otherwise start only once the widget has loaded and connected.
provideEventsClient(createEventsClient);

export { NgoForumCalendar } from '../components/ngo-forum-calendar/ngo-forum-calendar.js';
export { NgoEventCard } from '../components/ngo-event-card/ngo-event-card.js';
export { NgoEventSelectEvent } from '../events/ngo-event-select.js';
export { NgoCalendarNavigateEvent } from '../events/ngo-calendar-navigate.js';

// A page that uses <ngo-event-detail> on its own (an event page) gets it registered too.
function defineDetailIfUsed(): void {
  if (document.querySelector('ngo-event-detail') && !customElements.get('ngo-event-detail')) {
    void import('../components/ngo-event-detail/ngo-event-detail.js');
  }
}
if (typeof document !== 'undefined') {
  defineDetailIfUsed();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', defineDetailIfUsed, { once: true });
}
