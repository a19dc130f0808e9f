// Entry of dist/cdn/ngo-hearing-request.js: one <script type="module"> registers
// <ngo-hearing-request> (an NGO asks to be heard by the NGP Committee and follows its requests),
// with lit and core inlined. A build of its own, so no reading widget's bundle carries it.
export { NgoHearingRequest } from '../components/ngo-hearing-request/ngo-hearing-request.js';
export { NgoHearingChangeEvent } from '../events/ngo-hearing-change.js';
// The typed client, for a page without a bundler: `createClient({ baseUrl: '/v1', credentials: 'include' })`.
export { createClient } from '@ngo-liaison/client';
