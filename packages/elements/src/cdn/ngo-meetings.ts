// Entry of dist/cdn/ngo-meetings.js: one <script type="module"> registers <ngo-meetings>
// (NGO editors and National Commission members ask each other to meet, answer, call off),
// with lit and core inlined. A build of its own, so no reading widget's bundle carries it.
export { NgoMeetings } from '../components/ngo-meetings/ngo-meetings.js';
export { NgoMeetingChangeEvent } from '../events/ngo-meeting-change.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`.
export { createClient } from '@ngo-liaison/client';
