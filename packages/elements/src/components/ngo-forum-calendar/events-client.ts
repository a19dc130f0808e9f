// The one client factory the calendar and the detail view need, as a module of its own so
// their dynamic import() pulls in the events client only (not every resource's schemas).
export { createEventsClient } from '@ngo-liaison/client';
