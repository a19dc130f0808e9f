// The sessions client as a module of its own, so the detail view's dynamic import() pulls in
// the session schema and its resource only when an event that is part of a session is opened.
export { createSessionsClient } from '@ngo-liaison/client';
